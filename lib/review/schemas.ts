/** Input schemas of the second review: approve, or send back with a comment. */
import { z } from "zod";
import { categoryField } from "@/lib/evalset/schemas";

export const SEND_BACK_COMMENT_LIMIT = 2_000;

/** The approval form; `intent` is the pressed button. The reviewer's own category is asked every time (agreement). */
export const reviewDecisionSchema = z
  .object({
    caseId: z.uuid("caseId must be a case id"),
    intent: z.enum(["approve", "send_back"]),
    category: categoryField,
    comment: z
      .string()
      .max(SEND_BACK_COMMENT_LIMIT, `A comment is at most ${SEND_BACK_COMMENT_LIMIT.toLocaleString("en")} characters`)
      .nullish()
      .transform((v) => (v?.trim() ? v.trim() : null)),
  })
  .superRefine((input, ctx) => {
    if (input.intent === "send_back" && !input.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "Say what to change: the reviewer reads this when the case comes back" });
  });

/** A source's second-review setting: off, every accepted case, or one in N. */
export const secondReviewSchema = z
  .object({
    sourceId: z.uuid(),
    mode: z.enum(["off", "all", "sample"], "Pick a mode"),
    every: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number("A number").int("A whole number").min(2, "At least 2 (use “every case” for 1)").max(1000, "At most 1,000").optional()),
  })
  .superRefine((input, ctx) => {
    if (input.mode === "sample" && input.every === undefined) ctx.addIssue({ code: "custom", path: ["every"], message: "Say N: one accepted case in N is reviewed" });
  })
  .transform((input) => ({ sourceId: input.sourceId, every: input.mode === "off" ? null : input.mode === "all" ? 1 : input.every! }));
