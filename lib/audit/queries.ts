import { auditFilterSchema, type AuditFilters } from "./schemas";
import { auditTargetKind } from "@/lib/core/labels";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

/** Parses URL search params into filters; anything malformed is ignored rather than an error. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" && v !== "" ? v : undefined]));
  return auditFilterSchema.parse(flat);
}

async function targetTypeSpellings(): Promise<string[]> {
  const rows = await db.auditLog.findMany({ distinct: ["targetType"], select: { targetType: true }, orderBy: { targetType: "asc" } });
  return rows.map((row) => row.targetType);
}

function whereOf(filters: AuditFilters, targetTypes: string[] = []): Prisma.AuditLogWhereInput {
  const DAY_MS = 86_400_000;
  return {
    // "Who" finds an e-mail (the recorded label) or a user's name.
    ...(filters.actor ? { OR: [{ actorLabel: { contains: filters.actor, mode: "insensitive" } }, { actor: { name: { contains: filters.actor, mode: "insensitive" } } }] } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.targetType ? { targetType: { in: [filters.targetType, ...targetTypes.filter((t) => auditTargetKind(t) === auditTargetKind(filters.targetType!))] } } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
    ...(filters.from || filters.to
      ? { at: { ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}), ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS) } : {}) } }
      : {}),
    ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}),
  };
}

/**
 * One page of audit entries, newest first, keyset-paginated on the id (stable while new
 * entries arrive, and fast at any depth thanks to the primary key). Each entry carries its
 * actor's current name (null for a deleted user, a key or a job: the label says who).
 */
export async function listAuditEntries(filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE) {
  const spellings = filters.targetType ? await targetTypeSpellings() : [];
  const rows = await db.auditLog.findMany({ where: whereOf(filters, spellings), orderBy: { id: "desc" }, take: pageSize + 1, include: { actor: { select: { name: true } } } });
  const entries = rows.slice(0, pageSize).map(({ actor, ...row }) => ({ ...row, id: row.id.toString(), actorName: actor?.name || null }));
  return { entries, nextBefore: rows.length > pageSize ? entries[entries.length - 1].id : null };
}

/** The distinct actions and target types seen, for the filter dropdowns: each kind of target once (any spelling of it matches). */
export async function auditFacets() {
  const [actions, spellings] = await Promise.all([
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    targetTypeSpellings(),
  ]);
  const targetTypes = [...new Map(spellings.map((t) => [auditTargetKind(t), t])).values()];
  return { actions: actions.map((a) => a.action), targetTypes };
}
