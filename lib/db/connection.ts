import { ensureDatabaseExists } from "./admin";
import { embeddedUrl, startEmbeddedPostgres } from "./embedded";
import { migrateDatabase } from "./migrate";

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded server if this process started it. */
  close: () => Promise<void>;
  /** True when the embedded server is in use. */
  embedded: boolean;
}

/**
 * Resolves the database every CLI and `npm run dev` share: DATABASE_URL when set,
 * otherwise the embedded PostgreSQL under .data/ (attaching to it when `npm run dev`
 * already runs it, starting it for the duration of the command when not).
 * Applies pending migrations and sets process.env.DATABASE_URL for lib/db.ts.
 */
export async function openDatabase(options: { migrate?: boolean; log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  const log = options.log ?? (() => {});
  let url = process.env.DATABASE_URL;
  let close = async () => {};
  const embedded = !url;
  if (!url) {
    const server = await startEmbeddedPostgres();
    if (server.owned) log(`embedded PostgreSQL started on port ${server.port} (data in ${server.dataDir})`);
    url = embeddedUrl(server.port);
    close = server.stop;
    await ensureDatabaseExists(url);
  }
  process.env.DATABASE_URL = url;
  if (options.migrate !== false) {
    const applied = await migrateDatabase(url, { log });
    if (applied.length === 0) log("database schema is up to date");
  }
  return { url, close, embedded };
}
