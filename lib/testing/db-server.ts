import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { assertLocalDatabase, ensureDatabaseExists, withDatabase } from "@/lib/db/admin";
import { embeddedUrl, freePort, startEmbeddedPostgres } from "@/lib/db/embedded";

export interface TestServer {
  /** URL of the server's maintenance database; make per-test databases from it. */
  serverUrl: string;
  stop: () => Promise<void>;
}

/**
 * A PostgreSQL server for a test run: TEST_DATABASE_URL's server when set (local
 * hosts only), otherwise a throwaway embedded server in a temp directory.
 */
export async function startTestServer(): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalDatabase(external);
    return { serverUrl: withDatabase(external, "postgres"), stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-test-pg-"));
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    serverUrl: embeddedUrl(server.port, "postgres"),
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh, uniquely named database on the server and returns its URL. */
export async function createFreshDatabase(serverUrl: string, prefix = "evalmine_test"): Promise<string> {
  const url = withDatabase(serverUrl, `${prefix}_${crypto.randomBytes(6).toString("hex")}`);
  assertLocalDatabase(url);
  await ensureDatabaseExists(url);
  return url;
}
