"use server";

import { revalidatePath } from "next/cache";
import { authedAction, authedCall } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { retentionImpactSchema, retentionSettingsSchema } from "@/lib/retention/schemas";
import { updateRetention } from "@/lib/retention/settings";
import { retentionImpact } from "@/lib/retention/impact";

export const updateRetentionAction = authedAction("settings:manage", retentionSettingsSchema, async ({ input, user }) => {
  const result = await updateRetention(input, userActor(user));
  revalidatePath("/admin/retention");
  revalidatePath("/retention");
  return { ok: true, message: result.changed ? `Saved ${result.name}: ${input.retentionDays} days.` : `No change for ${result.name}.` };
});

// Asked before a shorter period is saved: what the next purge would delete under it.
export const retentionImpactAction = authedCall("settings:manage", retentionImpactSchema, async ({ input }) => await retentionImpact(input.sourceId, input.retentionDays));
