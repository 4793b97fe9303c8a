import pg from "pg";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * One purge at a time, and a dead purge noticed at once. A purge holds a session-level
 * PostgreSQL advisory lock on a connection of its own for its whole run. When its process
 * dies (kill -9, a lost host) or its connection is cut, PostgreSQL ends the session and
 * the lock goes with it. So whoever can take the lock knows that every run still marked
 * RUNNING is dead, and closes it out as interrupted: the next purge, or a read of the
 * runs for /retention. Before this, such a run stayed RUNNING for six hours.
 */

// A fixed 64-bit key of this app's own (other advisory locks: lib/db/migrate.ts,
// lib/metrics/refresh.ts, lib/auth/login.ts use other keys).
const PURGE_LOCK_KEY = "7291480215536710121";

const INTERRUPTED = "interrupted: the process or its database session stopped before the run finished";

/** Another purge holds the lock: this one did not start (nothing deleted, no run recorded). */
export class PurgeAlreadyRunning extends DomainError {
  constructor() {
    super("A retention purge is already running; this one did not start. Try again when it has finished.", 409);
  }
}

/** The purge's own session ended mid-run (its connection was cut): it stops, and a new run may start. */
export class PurgeLockLost extends Error {
  constructor() {
    super("the purge's database session ended mid-run; it stopped so that a new run can take over");
  }
}

export interface PurgeLock {
  /** Throws PurgeLockLost when the session holding the lock has ended. */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

/** Marks every RUNNING run as failed (interrupted). Only for a caller that holds the lock. */
async function closeDeadRuns(at: Date): Promise<number> {
  const { count } = await db.retentionRun.updateMany({ where: { status: "RUNNING" }, data: { status: "FAILED", finishedAt: at, error: INTERRUPTED } });
  return count;
}

/**
 * Takes the purge lock on a connection of its own, then closes out the runs it proves
 * dead. Throws PurgeAlreadyRunning when a live purge holds it.
 */
export async function takePurgeLock(): Promise<PurgeLock> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const client = new pg.Client({ connectionString });
  let ended = false;
  // A cut connection is reported here (not thrown): the run notices at its next batch.
  client.on("error", () => (ended = true));
  client.on("end", () => (ended = true));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [PURGE_LOCK_KEY]);
    if (!rows[0].locked) throw new PurgeAlreadyRunning();
    await closeDeadRuns(new Date());
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    async assertHeld() {
      if (ended) throw new PurgeLockLost();
      // A round trip on the lock's own session: a backend terminated a moment ago answers with an error.
      await client.query("SELECT 1").catch(() => {
        ended = true;
      });
      if (ended) throw new PurgeLockLost();
    },
    async release() {
      // Ending the session releases the lock; no explicit unlock is needed.
      await client.end().catch(() => {});
    },
  };
}

/**
 * For readers of the runs (/retention): when a run is marked RUNNING but no purge holds
 * the lock, that run is dead; close it out now. A short transaction-level try-lock, so a
 * live purge is never waited for and never touched.
 */
export async function closeInterruptedRuns(): Promise<number> {
  return await db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${PURGE_LOCK_KEY}::bigint) AS "locked"`;
    if (!lock.locked) return 0;
    const { count } = await tx.retentionRun.updateMany({ where: { status: "RUNNING" }, data: { status: "FAILED", finishedAt: new Date(), error: INTERRUPTED } });
    return count;
  });
}
