"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/auth/guard";
import { userActor } from "@/lib/audit/record";
import { eraseEndUser, type ErasureReceipt } from "@/lib/privacy/erasure";
import { createErasureApiKey, revokeErasureApiKey } from "@/lib/privacy/erasure-keys";
import { erasureKeyCreateSchema, erasureKeyRevokeSchema, erasureRequestSchema } from "@/lib/privacy/schemas";

// Erases one end user (or, dry, counts what would go); the receipt comes back, never the id.
export const eraseEndUserAction = authedAction<typeof erasureRequestSchema, ErasureReceipt>("privacy:manage", erasureRequestSchema, async ({ input, user }) => {
  const receipt = await eraseEndUser(input.userId, userActor(user), { dryRun: input.dryRun });
  return { ok: true, message: receipt.dryRun ? "Dry run: nothing was changed." : "Erased. Their later records will be refused at ingest.", data: receipt };
});

// An erasure API key, shown once; it belongs to no source.
export const createErasureKeyAction = authedAction<typeof erasureKeyCreateSchema, { key: string; prefix: string }>("privacy:manage", erasureKeyCreateSchema, async ({ input, user }) => {
  const created = await createErasureApiKey(input.name, userActor(user));
  revalidatePath("/admin/erasure");
  return { ok: true, message: `Created ${created.name}.`, data: { key: created.key, prefix: created.prefix } };
});

export const revokeErasureKeyAction = authedAction("privacy:manage", erasureKeyRevokeSchema, async ({ input, user }) => {
  await revokeErasureApiKey(input.keyId, userActor(user));
  revalidatePath("/admin/erasure");
  return { ok: true, message: "Key revoked: requests with it are refused from now on." };
});
