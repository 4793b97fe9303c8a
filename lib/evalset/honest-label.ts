/**
 * "Honest labels": an eval item should say what *should* have happened. When a case was
 * mined because the production answer failed and the reviewer's expected output is that
 * same answer, the failure has become the expected behaviour, usually by accident. The
 * triage form asks first, the server requires that confirmation, and the item is flagged.
 * No "server-only": the triage form runs the same check before it asks.
 */
import { EvalSetError } from "./errors";

/** The reason mining gives a record whose production answer failed (lib/mining). */
const FAILURE_REASON = "failure";

/** The text of a production answer: its content string, or its text parts joined. */
export function productionText(output: unknown): string {
  const content = (output as { content?: unknown } | null | undefined)?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof (part as { text?: unknown })?.text === "string" ? (part as { text: string }).text : "")).join("");
  return "";
}

/**
 * True when a case mined as a failure is labelled with its own production answer
 * (compared after trimming whitespace). A blank expected output never counts: it is
 * refused on its own (invariant 2).
 */
export function expectedEqualsProduction(minedReasons: readonly string[], expectedOutput: string, productionOutput: unknown): boolean {
  if (!minedReasons.includes(FAILURE_REASON)) return false;
  const expected = expectedOutput.trim();
  return expected !== "" && expected === productionText(productionOutput).trim();
}

/** The field a caller sets to accept such a label anyway (form and JSON body alike). */
export const CONFIRM_FIELD = "confirmEqualsProduction";

/**
 * Refuses (400, naming the confirmation field) to accept a failure's production answer
 * as its expected output unless the caller confirmed it. Never quotes either text.
 */
export function assertCopyConfirmed(content: { minedReasons: readonly string[]; productionOutput: unknown }, expectedOutput: string, confirmed: boolean | undefined): void {
  if (confirmed || !expectedEqualsProduction(content.minedReasons, expectedOutput, content.productionOutput)) return;
  throw new EvalSetError(
    400,
    `This case was mined as a failure and the expected output is the production output unchanged. Confirm (${CONFIRM_FIELD}: true) to accept it anyway; the eval item is then flagged.`,
    CONFIRM_FIELD,
  );
}
