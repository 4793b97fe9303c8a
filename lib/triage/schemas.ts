import { z } from "zod";
import { CATEGORIES } from "@/lib/evalset/categories";

export const DISCARD_REASONS = ["NOT_USEFUL", "DUPLICATE", "PII_LEAK", "BAD_DATA", "OTHER"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined));

/** Comma-separated tags -> distinct, trimmed, lower-case, at most 20. */
const tagList = z
  .string()
  .optional()
  .transform((v) => [...new Set((v ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 20));

/** The case form: one schema for every button (the submit button's `intent` says which). */
export const decisionSchema = z.object({
  caseId: z.uuid("caseId must be a case id"),
  mode: z.enum(["triage", "revise"]).default("triage"),
  intent: z.enum(["accept", "discard", "skip"]),
  expectedOutput: z.string().max(50_000, "Expected output is limited to 50,000 characters").optional(),
  category: z.enum(CATEGORIES).optional(),
  notes: optionalText(5_000),
  tags: tagList,
  discardReason: z.enum(DISCARD_REASONS).optional(),
  discardNote: optionalText(1_000),
});

export const renewSchema = z.object({ caseId: z.uuid() });

export const redactSchema = z.object({
  caseId: z.uuid(),
  text: z.string().min(1, "Select the text to redact first").max(500, "Select at most 500 characters"),
  type: z.string().min(1, "Pick an entity type"),
});
