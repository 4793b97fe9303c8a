import type { TestProject } from "vitest/node";
import { createFreshDatabase, startTestServer } from "@/lib/testing/db-server";
import { migrateDatabase } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

/**
 * Vitest global setup for the `db` project: one real PostgreSQL per run (embedded,
 * or TEST_DATABASE_URL's local server), a fresh migrated database for the suite,
 * and the server URL for tests that need databases of their own.
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const databaseUrl = await createFreshDatabase(server.serverUrl);
  await migrateDatabase(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", server.serverUrl);
  return async () => {
    await server.stop();
  };
}
