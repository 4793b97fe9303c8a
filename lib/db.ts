import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one Prisma client of the app. Created on first use rather than at import, so
 * `next build` and CLIs that resolve DATABASE_URL at run time (embedded PostgreSQL)
 * can import domain modules freely. Cached on globalThis so dev hot reloads don't
 * open a new pool each time.
 *
 * Password hashes are omitted from every query by default: a hash must never reach a
 * page, an API answer or a log by accident. The login check asks for it explicitly.
 */
function createClient(pool: pg.Pool) {
  const adapter = new PrismaPg(pool);
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { evalmineDb?: Db; evalminePool?: pg.Pool };

/**
 * The connection pool behind `db`, for the few hot paths where Prisma's per-query
 * overhead (~0.2-0.4 ms of CPU against ~0.05 ms for a plain pg query) is the cost
 * that matters, e.g. the queue's claim statement under 20 concurrent reviewers.
 * Same connections, same DATABASE_URL, same limits; everything else uses `db`.
 */
export function dbPool(): pg.Pool {
  if (!globalForDb.evalminePool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set. Run the app with `npm run dev`, or set DATABASE_URL (see .env.example).");
    }
    const pool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    pool.on("error", () => undefined);
    globalForDb.evalminePool = pool;
  }
  return globalForDb.evalminePool;
}

export function getDb(): Db {
  globalForDb.evalmineDb ??= createClient(dbPool());
  return globalForDb.evalmineDb;
}

/** Lazily created client; every property access goes to the real instance. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the pool (CLIs and tests call this before exiting). */
export async function disconnectDb(): Promise<void> {
  if (globalForDb.evalmineDb) {
    await globalForDb.evalmineDb.$disconnect();
    globalForDb.evalmineDb = undefined;
  }
  if (globalForDb.evalminePool) {
    const pool = globalForDb.evalminePool;
    globalForDb.evalminePool = undefined;
    await pool.end();
  }
}
