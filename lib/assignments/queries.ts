import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_STALE_HOURS } from "@/lib/triage/lease";

export interface ReviewerAssignment {
  id: string;
  name: string;
  email: string;
  /** Pending cases assigned to them. */
  assigned: number;
  queueActiveAt: Date | null;
  /** Away longer than the team's stale time: their assigned cases are in the shared pool. */
  away: boolean;
}

/** What the assignments page shows: every reviewer who can triage, their load, and the choices of the form. */
export async function assignmentOverview(now = new Date()) {
  const [setting, users, counts, batches, sources, unassigned] = await Promise.all([
    db.teamSetting.findUnique({ where: { id: 1 }, select: { assignmentStaleHours: true } }),
    db.user.findMany({ where: { active: true, role: { in: ["REVIEWER", "LEAD"] } }, select: { id: true, name: true, email: true, queueActiveAt: true }, orderBy: { name: "asc" } }),
    db.case.groupBy({ by: ["assignedToId"], where: { status: "PENDING", assignedToId: { not: null } }, _count: { _all: true } }),
    db.batch.findMany({ where: { status: { in: ["OPEN", "IN_REVIEW"] } }, select: { id: true, isoWeek: true }, orderBy: { weekStart: "asc" } }),
    db.source.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.case.count({ where: { status: "PENDING", assignedToId: null, batch: { status: { in: ["OPEN", "IN_REVIEW"] } } } }),
  ]);
  const staleHours = setting?.assignmentStaleHours ?? DEFAULT_STALE_HOURS;
  const cutoff = now.getTime() - staleHours * 3_600_000;
  const reviewers: ReviewerAssignment[] = users.map((user) => ({
    ...user,
    assigned: counts.find((c) => c.assignedToId === user.id)?._count._all ?? 0,
    away: !user.queueActiveAt || user.queueActiveAt.getTime() < cutoff,
  }));
  return { staleHours, reviewers, batches, sources, unassigned };
}
