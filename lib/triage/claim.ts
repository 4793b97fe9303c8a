import "server-only";
import { db, dbPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_STALE_HOURS, LEASE_MINUTES } from "./lease";
import { leaseLost } from "./errors";

type SqlClient = Pick<typeof db, "$queryRaw" | "$executeRaw">;

const SKIP_DAY = `(now() AT TIME ZONE 'UTC')::date`;

/** "Today" for skips is the UTC day, computed by the database so every app instance agrees. */
export const SKIP_DAY_SQL = Prisma.raw(SKIP_DAY);

/** A free case: pending, unclaimed or with an expired lease, not skipped by $1 today. */
const FREE = `k.status = 'PENDING'
              AND (k."claimedById" IS NULL OR k."leaseExpiresAt" IS NULL OR k."leaseExpiresAt" <= now())
              AND NOT EXISTS (
                SELECT 1 FROM "CaseSkip" AS s
                WHERE s."caseId" = k.id AND s."userId" = $1::uuid AND s.day = ${SKIP_DAY}
              )`;

/**
 * The first free case of batch b whose owner matches `owner`, locked (SKIP LOCKED); id,
 * priority, minedAt. `orderPrefix` repeats the leading columns of the (assignedToId,
 * status, batchId, priority, minedAt) index (constant within the scan, so the order is
 * the same) so that only that index gives the order: the plan cached for the prepared
 * statement cannot tell how many cases one owner holds, and would otherwise walk the
 * batch by priority and filter on the owner, stepping over every case assigned to a
 * colleague (bench:queue's "pool behind" rows measure exactly that).
 */
const topOfBatch = (owner: string, orderPrefix = "") => `(
              SELECT k.id, k.priority, k."minedAt" FROM "Case" AS k
              WHERE ${owner} AND k."batchId" = b.id AND ${FREE}
              ORDER BY ${orderPrefix}k.priority, k."minedAt"
              LIMIT 1
              FOR UPDATE OF k SKIP LOCKED
            )`;

/**
 * The first free case among `candidates` (per batch b) in the oldest open batch that has
 * one: the LATERAL walks batches by week and stops at the first with a free case.
 */
const oldestBatchFirst = (candidates: string) => `(
          SELECT next.id
          FROM (SELECT id, "weekStart" FROM "Batch" WHERE status IN ('OPEN', 'IN_REVIEW') ORDER BY "weekStart") AS b
          CROSS JOIN LATERAL (
            SELECT cand.id FROM (${candidates}) AS cand
            ORDER BY cand.priority, cand."minedAt"
            LIMIT 1
          ) AS next
          ORDER BY b."weekStart"
          LIMIT 1
        )`;

/**
 * The claim, as ONE statement (one round trip, one implicit transaction):
 *
 * 1. `held`: the case this reviewer already holds (unexpired lease, still pending),
 *    renewed, so reopening the queue in a second tab or after a reload returns the
 *    same case instead of stacking claims.
 * 2. `active`: marks the reviewer active now (User.queueActiveAt), which keeps their
 *    assignments theirs; at most once a minute, so back-to-back claims don't each write
 *    their user row (the stale time is counted in hours).
 * 3. `away`: reviewers whose assignments no longer block anyone (deactivated, or no claim
 *    for longer than the team's assignmentStaleHours) and who hold pending assigned
 *    cases. A handful of users, each checked with one index probe.
 * 4. `fresh`, only when nothing is held: a conditional UPDATE whose subquery picks the
 *    next free case and locks it with SKIP LOCKED, so concurrent reviewers never get
 *    the same row (each skips rows another transaction is claiming). First the cases
 *    assigned to this reviewer (the (assignedToId, status, batchId, priority, minedAt)
 *    index); only when there are none (COALESCE evaluates lazily) the shared pool:
 *    per batch, the top unassigned case (the same index, assignedToId IS NULL) and the
 *    top case of each away reviewer, whichever comes first. Cases assigned to an active
 *    colleague are never visited, so a large assignment costs the pool nothing. Within
 *    each: oldest open batch first (the LATERAL walks batches by week and stops at the
 *    first with a free case), then priority (failures and escalations first), then
 *    minedAt. Expired leases count as free; cases this reviewer skipped today are not
 *    offered to them again. A pool candidate not picked stays locked until the statement
 *    ends (milliseconds): concurrent claims skip it, they never wait for it.
 *
 * It runs as a named prepared statement on the raw pool: the queue's hot path, where
 * Prisma's per-query CPU would otherwise dominate under 20 concurrent reviewers.
 */
const CLAIM_NEXT = {
  name: "triage_claim_next_v5",
  text: `
    WITH held AS (
      UPDATE "Case" SET "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
      WHERE id = (
        SELECT id FROM "Case"
        WHERE "claimedById" = $1::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now()
        ORDER BY "claimedAt" LIMIT 1
      )
      RETURNING id
    ), active AS (
      UPDATE "User" SET "queueActiveAt" = now()
      WHERE id = $1::uuid AND ("queueActiveAt" IS NULL OR "queueActiveAt" < now() - interval '1 minute')
      RETURNING id
    ), away AS (
      SELECT u.id FROM "User" AS u
      WHERE u.id <> $1::uuid AND (NOT u.active OR u."queueActiveAt" IS NULL OR u."queueActiveAt" < now() - make_interval(hours => coalesce(
        (SELECT "assignmentStaleHours" FROM "TeamSetting" WHERE id = 1), ${DEFAULT_STALE_HOURS})))
        AND EXISTS (SELECT 1 FROM "Case" AS k WHERE k."assignedToId" = u.id AND k.status = 'PENDING')
    ), fresh AS (
      UPDATE "Case" AS c
      SET "claimedById" = $1::uuid, "claimedAt" = now(),
          "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
      WHERE NOT EXISTS (SELECT 1 FROM held)
        AND c.id = COALESCE(
          ${oldestBatchFirst(`SELECT m.id, m.priority, m."minedAt" FROM ${topOfBatch(`k."assignedToId" = $1::uuid`, `k."assignedToId", k.status, k."batchId", `)} AS m`)},
          ${oldestBatchFirst(`SELECT u.id, u.priority, u."minedAt" FROM ${topOfBatch(`k."assignedToId" IS NULL`, `k."assignedToId", k.status, k."batchId", `)} AS u
            UNION ALL
            SELECT w.id, w.priority, w."minedAt" FROM away AS a CROSS JOIN LATERAL ${topOfBatch(`k."assignedToId" = a.id`, `k."assignedToId", k.status, k."batchId", `)} AS w`)}
        )
        AND c.status = 'PENDING'
      RETURNING c.id
    )
    SELECT id::text FROM held UNION ALL SELECT id::text FROM fresh`,
};

/**
 * The case a reviewer should work on now: the one they hold (lease renewed), else a
 * freshly claimed one, else null (queue empty for them). Atomic: see CLAIM_NEXT.
 */
export async function claimNextCase(userId: string): Promise<string | null> {
  const result = await dbPool().query<{ id: string }>({ ...CLAIM_NEXT, values: [userId, LEASE_MINUTES] });
  return result.rows[0]?.id ?? null;
}

/**
 * Extends the reviewer's lease while they are active. Throws a 409 when the lease is
 * already gone, so the client can tell the reviewer before they type more.
 */
export async function renewLease(caseId: string, userId: string, client: SqlClient = db): Promise<Date> {
  const rows = await client.$queryRaw<{ leaseExpiresAt: Date }[]>`
    UPDATE "Case" SET "leaseExpiresAt" = now() + make_interval(mins => ${LEASE_MINUTES}), "updatedAt" = now()
    WHERE id = ${caseId}::uuid AND "claimedById" = ${userId}::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now()
    RETURNING "leaseExpiresAt"`;
  if (!rows[0]) throw leaseLost();
  return rows[0].leaseExpiresAt;
}
