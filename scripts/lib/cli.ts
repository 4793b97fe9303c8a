import { openDatabase } from "@/lib/db/connection";
import { disconnectDb } from "@/lib/db";

/**
 * Runs a CLI's main function and exits with its status code. An unexpected error
 * prints one line, `<name> failed: <message>`, and exits 1. Messages from our own
 * code never carry raw log text, so printing them is safe.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`${name} failed: ${error.message}`);
      process.exit(1);
    },
  );
}

/**
 * Runs `work` against the app's database (DATABASE_URL or the embedded PostgreSQL,
 * migrated), then closes the pool and, if this process started it, the database.
 */
export async function withCliDatabase<T>(work: () => Promise<T>, options: { log?: (line: string) => void } = {}): Promise<T> {
  const handle = await openDatabase({ log: options.log });
  try {
    return await work();
  } finally {
    await disconnectDb();
    await handle.close();
  }
}
