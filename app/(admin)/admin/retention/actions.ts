"use server";

import { revalidatePath } from "next/cache";
import { ActionError, authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { RetentionRuleError, retentionSettingsSchema, updateRetention } from "@/lib/retention/settings";

export const updateRetentionAction = authedAction("settings:manage", retentionSettingsSchema, async ({ input, user }) => {
  let result: { changed: boolean; name: string };
  try {
    result = await updateRetention(input, userActor(user));
  } catch (error) {
    if (error instanceof RetentionRuleError) throw new ActionError(error.message);
    throw error;
  }
  revalidatePath("/admin/retention");
  revalidatePath("/retention");
  return { ok: true, message: result.changed ? `Saved ${result.name}: ${input.retentionDays} days.` : `No change for ${result.name}.` };
});
