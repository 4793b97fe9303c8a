import { db } from "@/lib/db";

export interface UserWork {
  /** Pending cases the user holds right now (their claim has not expired). */
  held: number;
  /** Cases the user decided; their decisions and eval items stay when they leave. */
  decided: number;
}

/**
 * What each user is in the middle of, for the deactivation confirmation ("their 1 held
 * case goes back to the queue when the claim expires; their 42 decisions stay").
 */
export async function workByUser(now: Date = new Date()): Promise<Map<string, UserWork>> {
  const [held, decided] = await Promise.all([
    db.case.groupBy({ by: ["claimedById"], where: { status: "PENDING", claimedById: { not: null }, leaseExpiresAt: { gt: now } }, _count: { _all: true } }),
    db.case.groupBy({ by: ["decidedById"], where: { decidedById: { not: null }, status: { in: ["ACCEPTED", "DISCARDED"] } }, _count: { _all: true } }),
  ]);
  const work = new Map<string, UserWork>();
  const entry = (id: string) => work.get(id) ?? work.set(id, { held: 0, decided: 0 }).get(id)!;
  for (const row of held) entry(row.claimedById!).held = row._count._all;
  for (const row of decided) entry(row.decidedById!).decided = row._count._all;
  return work;
}
