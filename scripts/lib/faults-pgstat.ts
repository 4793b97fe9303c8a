// PostgreSQL's share of part 1 of `npm run bench:faults`, by statement: pg_stat_statements
// (shipped with the embedded server, loaded at its start) over the pool's timed run. Times
// are the server's execution times (wall time inside PostgreSQL, not CPU), per push and per
// record, so the write can be told apart from the lookups and the traffic counts.
import type { Db as Database } from "@/lib/db";

/** Asks the server to load pg_stat_statements at its next start (the caller restarts it). */
export async function preloadPgStatStatements(db: Database): Promise<void> {
  await db.$executeRawUnsafe(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
}

/** Creates the extension and clears its counts; false when the server did not load it. */
export async function resetPgStatStatements(db: Database): Promise<boolean> {
  try {
    await db.$executeRawUnsafe(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await db.$queryRawUnsafe(`SELECT pg_stat_statements_reset()`);
    return true;
  } catch {
    return false;
  }
}

/** The statements that took most server time since the reset, as printable lines. */
export async function statementLines(db: Database, records: number, pushes: number, top = 8): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ query: string; calls: bigint; ms: number; rows: bigint }>>(
    `SELECT query, calls, total_exec_time AS ms, rows FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT ${top}`,
  );
  const total = (await db.$queryRawUnsafe<Array<{ ms: number | null }>>(`SELECT sum(total_exec_time) AS ms FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`))[0]?.ms ?? 0;
  const lines = [`PostgreSQL execution time over the timed run: ${((total * 1000) / records).toFixed(0)} µs per record in all; by statement:`];
  for (const row of rows) {
    // The statement's first words name it (its constants are already $n placeholders).
    const name = row.query.replace(/\s+/g, " ").trim().slice(0, 70);
    lines.push(`     ${((row.ms * 1000) / records).toFixed(1).padStart(6)} µs/record, ${(Number(row.calls) / pushes).toFixed(2)} calls and ${(row.ms / Number(row.calls)).toFixed(2)} ms per call: ${name}`);
  }
  return lines;
}
