"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { retentionSettingsSchema } from "@/lib/retention/schemas";
import { updateRetention } from "@/lib/retention/settings";

export const updateRetentionAction = authedAction("settings:manage", retentionSettingsSchema, async ({ input, user }) => {
  const result = await updateRetention(input, userActor(user));
  revalidatePath("/admin/retention");
  revalidatePath("/retention");
  return { ok: true, message: result.changed ? `Saved ${result.name}: ${input.retentionDays} days.` : `No change for ${result.name}.` };
});
