import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditActor {
  id?: string | null;
  /** "user:<email>", "apikey:<prefix>" or "system:<job>". */
  label: string;
}

/**
 * What an entry is about, spelt as the model it names. One spelling per kind from here on;
 * older entries (append-only) also hold "case", "evalitem", "source"…, which readers fold
 * with auditTargetKind.
 */
export type AuditTargetType = "ApiKey" | "Batch" | "Case" | "EndUser" | "EvalItem" | "Guideline" | "MiningRule" | "Queue" | "RetentionRun" | "Source" | "TeamSetting" | "User";

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  targetType: AuditTargetType;
  targetId?: string | null;
  /** Structured facts (ids, counts, old/new settings). Never raw log text. */
  details?: Prisma.InputJsonObject;
}

type AuditClient = Pick<typeof db, "auditLog">;

/** Appends one entry to the audit log; pass a transaction client to write it atomically with the change. */
export async function recordAudit(entry: AuditEntry, client: AuditClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actor.id ?? null,
      actorLabel: entry.actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}

export function userActor(user: { id: string; email: string }): AuditActor {
  return { id: user.id, label: `user:${user.email}` };
}
