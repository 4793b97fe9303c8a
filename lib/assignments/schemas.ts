/**
 * Input schemas of assignment: what a lead assigns to whom, releasing a reviewer's
 * assignments, and how long a reviewer may be away before their assignments go back to
 * the shared pool.
 */
import { z } from "zod";

export const ASSIGN_SCOPES = ["batch", "source", "share"] as const;

const reviewerIdsField = z
  .string({ error: "Pick at least one reviewer" })
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.uuid("Pick reviewers from the list")).min(1, "Pick at least one reviewer").max(50, "Pick at most 50 reviewers"));

const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.uuid().optional());

/** The assignment form: a week's batch, a source, or a share (in percent) of the unassigned queue. */
export const assignSchema = z
  .object({
    scope: z.enum(ASSIGN_SCOPES, "Pick what to assign"),
    batchId: optionalId,
    sourceId: optionalId,
    sharePercent: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int("A whole percentage").min(1, "At least 1%").max(100, "At most 100%").optional()),
    reviewerIds: reviewerIdsField,
  })
  .superRefine((input, ctx) => {
    if (input.scope === "batch" && !input.batchId) ctx.addIssue({ code: "custom", path: ["batchId"], message: "Pick a week" });
    if (input.scope === "source" && !input.sourceId) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "Pick a source" });
    if (input.scope === "share" && input.sharePercent === undefined) ctx.addIssue({ code: "custom", path: ["sharePercent"], message: "Say which share of the queue, in percent" });
  });

export type AssignInput = z.infer<typeof assignSchema>;

export const releaseSchema = z.object({ reviewerId: z.uuid("reviewerId must be a user id") });

export const staleHoursSchema = z.object({
  hours: z.coerce.number("Hours must be a number").int("Whole hours").min(1, "At least 1 hour").max(720, "At most 720 hours (30 days)"),
});
