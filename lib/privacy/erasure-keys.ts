import { db } from "@/lib/db";
import { generateApiKey } from "@/lib/auth/api-keys";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * API keys for erasure requests (a DPO's tooling, a deletion workflow). They belong to no
 * source, so they erase an end user everywhere, and hold only the `erasure` scope: a
 * source's keys can't erase, an erasure key can't ingest or read the eval set.
 */
export async function createErasureApiKey(name: string, actor: AuditActor) {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 80) throw new DomainError("Name the key in 1 to 80 characters.", 400, "name");
  const { key, prefix, keyHash } = generateApiKey();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { name: trimmed, prefix, keyHash, scopes: ["erasure"], sourceId: null, createdById: actor.id ?? null } });
    await recordAudit({ actor, action: "apikey.create", targetType: "ApiKey", targetId: created.id, details: { name: trimmed, prefix, scopes: ["erasure"] } }, tx);
    return created;
  });
  return { id: row.id, key, prefix, name: trimmed };
}

/** The erasure keys, newest first (never the key itself: only its prefix is kept). */
export async function listErasureApiKeys() {
  return await db.apiKey.findMany({
    where: { sourceId: null, scopes: { has: "erasure" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes an erasure key (revoking twice keeps the first time). */
export async function revokeErasureApiKey(keyId: string, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    const updated = await tx.apiKey.updateMany({ where: { id: keyId, sourceId: null, scopes: { has: "erasure" }, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) {
      if ((await tx.apiKey.count({ where: { id: keyId, sourceId: null, scopes: { has: "erasure" } } })) === 0) throw new DomainError("That erasure key no longer exists.", 404);
      return;
    }
    await recordAudit({ actor, action: "apikey.revoke", targetType: "ApiKey", targetId: keyId, details: { scopes: ["erasure"] } }, tx);
  });
}
