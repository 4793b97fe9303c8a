/**
 * Whether `value` stands in `text` as a whole (not inside a longer word or number), so a
 * leak search over a shared test database is not tripped by another test's "Margarethe"
 * when looking for "Margaret", or by a longer number holding a shorter one.
 */
export function containsWord(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}
