/**
 * Every input schema of triage: the case form (one schema for every button) and the
 * JSON API's bodies. Label fields come from the eval set's schemas, so a case and an
 * eval item are labelled under the same rules.
 */
import { z } from "zod";
import { categoryField, expectedOutputField, labelSchema, notesField, tagsTextField } from "@/lib/evalset/schemas";
import { CONFIRM_FIELD } from "@/lib/evalset/honest-label";

export const DISCARD_REASONS = ["NOT_USEFUL", "DUPLICATE", "PII_LEAK", "BAD_DATA", "OTHER"] as const;

export const DISCARD_NOTE_LIMIT = 1_000;

const discardNoteField = z
  .string()
  .max(DISCARD_NOTE_LIMIT, `A discard note is at most ${DISCARD_NOTE_LIMIT.toLocaleString("en")} characters`)
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

/** The case form: one schema for every button (the submit button's `intent` says which). */
export const decisionSchema = z.object({
  caseId: z.uuid("caseId must be a case id"),
  mode: z.enum(["triage", "revise"]).default("triage"),
  intent: z.enum(["accept", "discard", "skip"]),
  expectedOutput: expectedOutputField.optional(),
  category: categoryField.optional(),
  notes: notesField,
  tags: tagsTextField,
  discardReason: z.enum(DISCARD_REASONS).optional(),
  discardNote: discardNoteField,
  // Sent by the confirmation dialog when a failure's production answer is accepted as is.
  [CONFIRM_FIELD]: z
    .enum(["true", ""])
    .optional()
    .transform((v) => v === "true"),
});

export const renewSchema = z.object({ caseId: z.uuid() });

/** Undo of a skip (the Undo toast) and "show the cases I skipped today" (no fields). */
export const undoSkipSchema = z.object({ caseId: z.uuid("caseId must be a case id") });
export const unskipTodaySchema = z.object({});

export const redactionFields = {
  text: z.string().min(1, "Select the text to redact first").max(500, "Select at most 500 characters"),
  type: z.string().min(1, "Pick an entity type"),
};

export const redactSchema = z.object({ caseId: z.uuid(), ...redactionFields });

/** JSON bodies of POST /api/v1/cases/:id/(accept|discard|revise|redact). */
// confirmEqualsProduction: required (true) to accept a failure's production answer as its
// expected output, exactly like the form's confirmation; the item is flagged either way.
export const acceptBody = labelSchema.extend({ [CONFIRM_FIELD]: z.boolean().optional() });
export const discardBody = z.object({ reason: z.enum(DISCARD_REASONS), note: discardNoteField });
export const reviseBody = z.discriminatedUnion("kind", [acceptBody.extend({ kind: z.literal("accept") }), discardBody.extend({ kind: z.literal("discard") })]);
export const redactBody = z.object(redactionFields);
