import type { z } from "zod";
import type { ActionFailure } from "@/lib/errors/answers";
import { curatedCaseSchema, type addCaseFormSchema, type CuratedCase } from "./schemas";

/**
 * The add form's fields as a case (a system and a user message), checked by the same
 * schema as an imported line; a failure names the form's field to fix.
 */
export function formCase(input: z.infer<typeof addCaseFormSchema>): { ok: true; value: CuratedCase } | { ok: false; failure: ActionFailure } {
  const messages = [...(input.system?.trim() ? [{ role: "system", content: input.system }] : []), { role: "user", content: input.user }];
  const parsed = curatedCaseSchema.safeParse({ messages, expectedOutput: input.expectedOutput, category: input.category ?? "" });
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const [top, index] = issue.path;
    // messages[i] is the user's message unless a system message came first at index 0.
    const field = top === "messages" ? (index === 0 && input.system?.trim() ? "system" : "user") : String(top);
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, failure: { ok: false, error: "Please correct the highlighted fields.", fieldErrors } };
}
