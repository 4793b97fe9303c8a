import { z } from "zod";

/** A day in the dashboard URL (YYYY-MM-DD), as midnight UTC. */
export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).transform((s) => new Date(`${s}T00:00:00Z`)).refine((d) => !Number.isNaN(d.getTime()));

export const sourceIdParam = z.uuid();

/**
 * The longest date range the dashboard and its CSVs read: 3 years. Rollups are per day,
 * so an unbounded range (say 0001-01-01 to 9999-12-31) makes every widget walk millions
 * of empty days.
 */
export const MAX_RANGE_DAYS = 3 * 365 + 1;

const count = z.coerce.number({ error: "Enter a number." }).int("Whole numbers only.").min(0, "At least 0.").max(100_000, "At most 100000.");

/** The target form: scope "overall" or a source id; an empty band on a source clears its override. */
export const weeklyTargetSchema = z
  .object({
    scope: z.union([z.literal("overall"), z.uuid()], { error: "Choose overall or a source." }),
    min: z.union([z.literal(""), count]),
    max: z.union([z.literal(""), count]),
  })
  .superRefine((value, ctx) => {
    const cleared = value.min === "" && value.max === "";
    if (cleared && value.scope === "overall") ctx.addIssue({ code: "custom", path: ["min"], message: "The overall band needs a minimum and a maximum." });
    if (!cleared && (value.min === "" || value.max === "")) ctx.addIssue({ code: "custom", path: [value.min === "" ? "min" : "max"], message: "Enter both ends of the band, or neither to use the overall band." });
    if (typeof value.min === "number" && typeof value.max === "number" && value.min > value.max) ctx.addIssue({ code: "custom", path: ["max"], message: "The maximum must be at least the minimum." });
  });
export type WeeklyTargetInput = z.infer<typeof weeklyTargetSchema>;
