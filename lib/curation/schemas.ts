/**
 * Inputs of curation: a case a lead adds by hand, a file of cases to import, and one
 * case as it appears on a line of that file. The add form, the import and the tests all
 * parse with these, so a rule lives in one place.
 */
import { z } from "zod";
import { CASE_ORIGINS, CATEGORIES } from "@/lib/evalset/categories";
import { LABEL_LIMITS } from "@/lib/evalset/schemas";

/** An import file is read whole in memory (and sent through a server action): capped. */
export const IMPORT_MAX_BYTES = 512 * 1024;
/** Cases per file; a larger set is split into several files. */
export const IMPORT_MAX_CASES = 2_000;
/** Per case: messages in the conversation, characters per message. */
export const CASE_LIMITS = { messages: 50, messageLength: 20_000 } as const;

export const MESSAGE_ROLES = ["system", "user", "assistant", "tool"] as const;

/** "Edge case", "edge-case", "EDGE_CASE" all name EDGE_CASE; anything else is refused. */
const categoryText = z
  .string()
  .transform((v) => v.trim().toUpperCase().replace(/[\s-]+/g, "_"))
  .pipe(z.union([z.literal(""), z.enum(CATEGORIES)]))
  .transform((v) => (v === "" ? null : v));

const optionalText = (limit: number, what: string) =>
  z
    .string()
    .max(limit, `${what} is at most ${limit.toLocaleString("en")} characters`)
    .nullish()
    .transform((v) => (v?.trim() ? v : null));

const message = z.object({
  role: z.enum(MESSAGE_ROLES),
  content: z.string().max(CASE_LIMITS.messageLength, `a message is at most ${CASE_LIMITS.messageLength.toLocaleString("en")} characters`),
});

/** One case to add: its input messages (at least one user message), optional expected output and category. */
export const curatedCaseSchema = z.object({
  messages: z
    .array(message)
    .min(1, "needs at least one message")
    .max(CASE_LIMITS.messages, `at most ${CASE_LIMITS.messages} messages`)
    .refine((messages) => messages.some((m) => m.role === "user" && m.content.trim() !== ""), "needs a user message with text"),
  expectedOutput: optionalText(LABEL_LIMITS.expectedOutput, "the expected output"),
  category: categoryText.nullish().transform((v) => v ?? null),
});

export type CuratedCase = z.infer<typeof curatedCaseSchema>;

/** Origins a lead may give added cases (mined ones come from traffic only). */
export const ADDED_ORIGINS = CASE_ORIGINS.filter((o) => o !== "MINED") as ["SYNTHETIC", "HAND_WRITTEN"];

const sourceField = z.uuid("Pick a source");
const originField = z.enum(ADDED_ORIGINS, "Pick an origin");

/** The "Add a case" form: one conversation as a system and a user message. */
export const addCaseFormSchema = z.object({
  sourceId: sourceField,
  origin: originField.default("HAND_WRITTEN"),
  system: z.string().optional(),
  user: z.string().trim().min(1, "Write the user's message"),
  expectedOutput: z.string().optional(),
  category: z.string().optional(),
});

/** The import form: a JSONL or CSV file of cases for one source and origin. */
export const importFormSchema = z.object({
  sourceId: sourceField,
  origin: originField.default("SYNTHETIC"),
  file: z
    .instanceof(File, { message: "Choose a JSONL or CSV file" })
    .refine((file) => file.size > 0, "The file is empty")
    .refine((file) => file.size <= IMPORT_MAX_BYTES, `A file is at most ${IMPORT_MAX_BYTES / 1024} KB; split it into several files`),
});
