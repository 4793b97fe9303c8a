import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateApiKey } from "@/lib/auth/api-keys";
import type { ApiScope } from "@/lib/auth/permissions";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { defaultMiningRules } from "@/lib/mining/schemas";
import type { CreateSourceInput, UpdateSourceInput } from "./schemas";

/** A rule broken by the request (name taken, not found): shown to the admin as is. */
export class SourceRuleError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, field ? 400 : 409, field);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Creates a source with the four default mining rules; audited in the same transaction. */
export async function createSource(input: CreateSourceInput, actor: AuditActor) {
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.source.create({
        data: {
          name: input.name,
          description: input.description,
          sampleRate: input.sampleRate,
          maxSampleRate: input.maxSampleRate,
          retentionDays: input.retentionDays,
          retentionPolicy: input.retentionPolicy,
          pullFolder: input.pullFolder,
          active: input.active,
          miningRules: { create: defaultMiningRules().map((rule) => ({ ...rule, config: rule.config as Prisma.InputJsonObject })) },
        },
      });
      await recordAudit(
        {
          actor,
          action: "source.create",
          targetType: "Source",
          targetId: source.id,
          details: {
            name: source.name,
            sampleRate: source.sampleRate,
            maxSampleRate: source.maxSampleRate,
            retentionDays: source.retentionDays,
            pullFolder: source.pullFolder,
            active: source.active,
            miningRules: defaultMiningRules().map((r) => r.name),
          },
        },
        tx,
      );
      return source;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SourceRuleError(`A source named "${input.name}" already exists.`, "name");
    throw error;
  }
}

/** Updates a source's settings (not retention: that belongs to /admin/retention); audits old and new values. */
export async function updateSource(input: UpdateSourceInput, actor: AuditActor) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.source.findUnique({ where: { id: input.sourceId } });
      if (!before) throw new SourceRuleError("That source no longer exists.");
      const after = await tx.source.update({
        where: { id: input.sourceId },
        data: {
          name: input.name,
          description: input.description,
          sampleRate: input.sampleRate,
          maxSampleRate: input.maxSampleRate,
          pullFolder: input.pullFolder,
          active: input.active,
        },
      });
      const changes: Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }> = {};
      for (const key of ["name", "description", "sampleRate", "maxSampleRate", "pullFolder", "active"] as const) {
        if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
      }
      await recordAudit({ actor, action: "source.update", targetType: "Source", targetId: after.id, details: { changes } }, tx);
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SourceRuleError(`A source named "${input.name}" already exists.`, "name");
    throw error;
  }
}

/**
 * Issues an API key bound to a source: "ingest" (send logs) and/or "evalset:read" (export the
 * source's eval items, e.g. from CI). The key is returned once; only its hash is stored.
 */
export async function createSourceApiKey(sourceId: string, name: string, actor: AuditActor, scopes: readonly ApiScope[] = ["ingest"]) {
  const unique = [...new Set(scopes)];
  if (unique.length === 0) throw new SourceRuleError("Give the key at least one scope.", "scope");
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!source) throw new SourceRuleError("That source no longer exists.");
  const { key, prefix, keyHash } = generateApiKey();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { name, prefix, keyHash, scopes: unique, sourceId, createdById: actor.id ?? null } });
    await recordAudit({ actor, action: "apikey.create", targetType: "ApiKey", targetId: created.id, details: { sourceId, name, prefix, scopes: unique } }, tx);
    return created;
  });
  return { id: row.id, key, prefix, scopes: unique };
}

/** Revokes a key of this source (idempotent: revoking twice keeps the first time). */
export async function revokeSourceApiKey(sourceId: string, keyId: string, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    const updated = await tx.apiKey.updateMany({ where: { id: keyId, sourceId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) {
      const exists = await tx.apiKey.findFirst({ where: { id: keyId, sourceId }, select: { id: true } });
      if (!exists) throw new SourceRuleError("That API key no longer exists.");
      return;
    }
    await recordAudit({ actor, action: "apikey.revoke", targetType: "ApiKey", targetId: keyId, details: { sourceId } }, tx);
  });
}

/** Sources for the admin list, with key and log counts. */
export async function listSources() {
  return await db.source.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { logs: true, cases: true, apiKeys: { where: { revokedAt: null } } } } },
  });
}

/** One source with its rules and keys (never key hashes) for the edit page. */
export async function getSourceDetail(sourceId: string) {
  return await db.source.findUnique({
    where: { id: sourceId },
    include: {
      miningRules: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      apiKeys: { orderBy: { createdAt: "desc" }, select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true } },
      _count: { select: { logs: true, cases: true } },
    },
  });
}
