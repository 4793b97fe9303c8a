import "server-only";
import { db, dbPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LEASE_MINUTES } from "./lease";
import { leaseLost } from "./errors";

type SqlClient = Pick<typeof db, "$queryRaw" | "$executeRaw">;

const SKIP_DAY = `(now() AT TIME ZONE 'UTC')::date`;

/** "Today" for skips is the UTC day, computed by the database so every app instance agrees. */
export const SKIP_DAY_SQL = Prisma.raw(SKIP_DAY);

/**
 * The claim, as ONE statement (one round trip, one implicit transaction):
 *
 * 1. `held`: the case this reviewer already holds (unexpired lease, still pending),
 *    renewed, so reopening the queue in a second tab or after a reload returns the
 *    same case instead of stacking claims.
 * 2. `fresh`, only when nothing is held: a conditional UPDATE whose subquery picks the
 *    next free case and locks it with SKIP LOCKED, so concurrent reviewers never get
 *    the same row (each skips rows another transaction is claiming). Order: oldest open
 *    batch first (the LATERAL walks batches by week and stops at the first with a free
 *    case, using the (status, batchId, priority, minedAt) index), then priority
 *    (failures and escalations first), then minedAt. Expired leases count as free;
 *    cases this reviewer skipped today are not offered to them again.
 *
 * It runs as a named prepared statement on the raw pool: the queue's hot path, where
 * Prisma's per-query CPU would otherwise dominate under 20 concurrent reviewers.
 */
const CLAIM_NEXT = {
  name: "triage_claim_next_v1",
  text: `
    WITH held AS (
      UPDATE "Case" SET "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
      WHERE id = (
        SELECT id FROM "Case"
        WHERE "claimedById" = $1::uuid AND status = 'PENDING' AND "leaseExpiresAt" > now()
        ORDER BY "claimedAt" LIMIT 1
      )
      RETURNING id
    ), fresh AS (
      UPDATE "Case" AS c
      SET "claimedById" = $1::uuid, "claimedAt" = now(),
          "leaseExpiresAt" = now() + make_interval(mins => $2), "updatedAt" = now()
      WHERE NOT EXISTS (SELECT 1 FROM held)
        AND c.id = (
          SELECT next.id
          FROM (SELECT id, "weekStart" FROM "Batch" WHERE status IN ('OPEN', 'IN_REVIEW') ORDER BY "weekStart") AS b
          CROSS JOIN LATERAL (
            SELECT k.id FROM "Case" AS k
            WHERE k.status = 'PENDING' AND k."batchId" = b.id
              AND (k."claimedById" IS NULL OR k."leaseExpiresAt" IS NULL OR k."leaseExpiresAt" <= now())
              AND NOT EXISTS (
                SELECT 1 FROM "CaseSkip" AS s
                WHERE s."caseId" = k.id AND s."userId" = $1::uuid AND s.day = ${SKIP_DAY}
              )
            ORDER BY k.priority, k."minedAt"
            LIMIT 1
            FOR UPDATE OF k SKIP LOCKED
          ) AS next
          ORDER BY b."weekStart"
          LIMIT 1
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
