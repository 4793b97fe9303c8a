import type { Db } from "@/lib/db";

/**
 * Runs a benchmark against a throwaway, migrated database on its own PostgreSQL
 * (embedded, or TEST_DATABASE_URL's local server), so no bench ever touches real
 * data. The Prisma client is imported only after DATABASE_URL points at it, and the
 * server is stopped afterwards, on Ctrl-C too.
 */
export async function withBenchDatabase<T>(work: (db: Db) => Promise<T>, options: { poolSize?: number } = {}): Promise<T> {
  const { startTestServer, createFreshDatabase } = await import("@/lib/testing/db-server");
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const server = await startTestServer();
  process.once("SIGINT", () => void server.stop().finally(() => process.exit(130)));
  try {
    const url = await createFreshDatabase(server.serverUrl, "evalmine_bench");
    await migrateDatabase(url);
    process.env.DATABASE_URL = url;
    if (options.poolSize) process.env.DATABASE_POOL_SIZE = String(options.poolSize);
    const { db, disconnectDb } = await import("@/lib/db");
    try {
      return await work(db);
    } finally {
      await disconnectDb();
    }
  } finally {
    await server.stop();
  }
}
