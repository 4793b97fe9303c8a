import type { StoredInput } from "./chat";

/**
 * The question a record asks: its last user message (already redacted), cut to `max`
 * characters, for one-line previews (Recently triaged, the eval-set list).
 */
export function userQuestion(input: unknown, max = 80): string {
  const messages = (input as Partial<StoredInput> | null)?.messages ?? [];
  const user = [...messages].reverse().find((m) => m.role === "user");
  const content = typeof user?.content === "string" ? user.content : Array.isArray(user?.content) ? user.content.map((p) => p.text ?? "").join(" ") : "";
  return content.length > max ? `${content.slice(0, max - 1)}…` : content || "(no user message)";
}
