"use server";

import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { eraseEndUser, type ErasureReceipt } from "@/lib/privacy/erasure";
import { erasureRequestSchema } from "@/lib/privacy/schemas";

// Erases one end user (or, dry, counts what would go); the receipt comes back, never the id.
export const eraseEndUserAction = authedAction<typeof erasureRequestSchema, ErasureReceipt>("privacy:manage", erasureRequestSchema, async ({ input, user }) => {
  const receipt = await eraseEndUser(input.userId, userActor(user), { dryRun: input.dryRun });
  return { ok: true, message: receipt.dryRun ? "Dry run: nothing was changed." : "Erased. Their later records will be refused at ingest.", data: receipt };
});
