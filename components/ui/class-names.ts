/** Joins class names, skipping the empty and the false ones (for conditional classes). */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
