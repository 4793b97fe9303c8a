import { z } from "zod";

/** The retention form: a period (required, 1..3650 days) and the policy text people read on /retention. */
export const retentionSettingsSchema = z.object({
  sourceId: z.uuid("Choose a source."),
  retentionDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Whole days only.")
    .min(1, "At least 1 day.")
    .max(3650, "At most 3650 days (10 years)."),
  retentionPolicy: z.string().trim().min(10, "Describe the policy in a sentence or two (10+ characters).").max(2000, "Keep the policy under 2000 characters."),
});
export type RetentionSettingsInput = z.infer<typeof retentionSettingsSchema>;

/** The impact preview asked before a period is shortened: the source and the new period. */
export const retentionImpactSchema = retentionSettingsSchema.pick({ sourceId: true, retentionDays: true });
