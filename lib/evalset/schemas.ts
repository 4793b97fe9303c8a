/**
 * Every input schema of the eval set: the label rules (shared with triage, which labels a
 * case with the same fields), the item editor's forms, and the list/export filters.
 * The form actions and the JSON routes parse with these, so a rule lives in one place.
 */
import { z } from "zod";
import { CASE_ORIGINS, CATEGORIES } from "./categories";

/** Limits of a label, shared by the triage form, the eval-set editor and the JSON API. */
export const LABEL_LIMITS = { expectedOutput: 50_000, notes: 5_000, tags: 20, tagLength: 100 } as const;

export const expectedOutputField = z.string().max(LABEL_LIMITS.expectedOutput, `Expected output is limited to ${LABEL_LIMITS.expectedOutput.toLocaleString("en")} characters`);

export const categoryField = z.enum(CATEGORIES, "Pick a category");

/** Notes: trimmed; blank means none. */
export const notesField = z
  .string()
  .max(LABEL_LIMITS.notes, `Notes are limited to ${LABEL_LIMITS.notes.toLocaleString("en")} characters`)
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));

/**
 * Tags: trimmed, lower-case, distinct, each at most 100 characters, at most 20. More
 * is refused rather than cut, so nothing a reviewer typed disappears silently.
 */
export const tagsField = z
  .array(z.string())
  .transform((tags) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(LABEL_LIMITS.tagLength, `A tag is at most ${LABEL_LIMITS.tagLength} characters`))
      .max(LABEL_LIMITS.tags, `At most ${LABEL_LIMITS.tags} tags`),
  );

/** The same tags typed in a form as one comma-separated field. */
export const tagsTextField = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(","))
  .pipe(tagsField);

/** A label sent as JSON (the API's accept and revise bodies). */
export const labelSchema = z.object({
  expectedOutput: expectedOutputField,
  category: categoryField,
  notes: notesField,
  tags: tagsField.optional().transform((v) => v ?? []),
});

const itemVersion = z.object({ itemId: z.uuid(), expectedVersion: z.coerce.number().int().positive() });

/** The item editor: a new version of the label. */
export const editItemSchema = itemVersion.extend({
  expectedOutput: z.string().trim().min(1, "Write the expected output").pipe(expectedOutputField),
  category: categoryField,
  notes: notesField,
  tags: tagsTextField,
});

/** Restoring a retired item: the retired version the editor saw. */
export const restoreItemSchema = itemVersion;

export const retireItemSchema = itemVersion.extend({ reason: z.string().trim().min(3, "Say why the item is retired (at least 3 characters)").max(500) });

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
// Times without a zone (the form's datetime-local) are UTC, whatever the server's time zone.
const utc = (v: string) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(v) ? `${v}Z` : v);
const optionalDate = (field: string) =>
  optionalText.refine((v) => v === undefined || !Number.isNaN(Date.parse(utc(v))), `${field} must be a date or ISO timestamp`).transform((v) => (v ? new Date(utc(v)) : undefined));

/** Eval-set filters shared by the list page, the JSON API and the export (all optional). */
export const evalSetFilterSchema = z.object({
  // Matched with ILIKE against every item's text: a long pattern costs per row.
  q: optionalText.refine((v) => v === undefined || v.length <= 500, "q is limited to 500 characters"),
  category: z.enum(CATEGORIES).optional().or(z.literal("").transform(() => undefined)),
  source: optionalText.refine((v) => v === undefined || z.uuid().safeParse(v).success, "source must be a source id"),
  week: optionalText.refine((v) => v === undefined || /^\d{4}-W\d{2}$/.test(v), "week must look like 2026-W48"),
  reviewer: optionalText.refine((v) => v === undefined || z.uuid().safeParse(v).success, "reviewer must be a user id"),
  origin: z.enum(CASE_ORIGINS, "origin must be MINED, SYNTHETIC or HAND_WRITTEN").optional().or(z.literal("").transform(() => undefined)),
  // "yes": only items whose expected output is a failure's production output; "no": the others.
  expectedEqualsProduction: z.enum(["yes", "no"], "expectedEqualsProduction must be yes or no").optional().or(z.literal("").transform(() => undefined)),
  from: optionalDate("from"),
  // A bare date means "through the end of that day" (UTC).
  to: optionalDate("to").transform((v) => (v && v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0 && v.getUTCMilliseconds() === 0 ? new Date(v.getTime() + 86_399_999) : v)),
  asOf: optionalDate("asOf"),
})
  // A range that ends before it starts matches nothing: refuse it rather than show an empty set.
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to must be on or after from" });
