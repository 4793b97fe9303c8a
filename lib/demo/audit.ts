import type { AuditTargetType } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A demo person as the audit log names them (lib/audit/record.ts: "user:<email>"). */
export interface DemoActor {
  id: string;
  email: string;
}

export interface DemoAuditRow {
  at: Date;
  actorId: string;
  actorLabel: string;
  action: string;
  targetType: AuditTargetType;
  targetId: string;
  details: Prisma.InputJsonObject;
}

/**
 * One audit entry of the demo's past, worded as the real action writes it (same action,
 * target type and details as lib/triage, lib/review, lib/curation, lib/batches and
 * lib/guidelines), with the time it happened instead of now.
 */
export function auditRow(at: Date, actor: DemoActor, action: string, target: { type: AuditTargetType; id: string }, details: Prisma.InputJsonObject): DemoAuditRow {
  return { at, actorId: actor.id, actorLabel: `user:${actor.email}`, action, targetType: target.type, targetId: target.id, details };
}
