// npm run test:e2e [-- playwright args]: the end-to-end suite against the real app.
// Starts a throwaway PostgreSQL (or uses TEST_DATABASE_URL's local server), migrates
// and seeds a fresh database, builds and starts the app, runs Playwright with the
// system Chromium, then tears everything down.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "../e2e/chromium";
import { DISPOSABLE_ACCOUNTS } from "../e2e/accounts";
import { createFreshDatabase, startTestServer } from "@/lib/testing/db-server";
import { migrateDatabase } from "@/lib/db/migrate";
import { freePort } from "@/lib/db/embedded";
import { seedDemoData } from "@/lib/demo/seed";
import { db, disconnectDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

const nextBin = require.resolve("next/dist/bin/next");
const playwrightBin = require.resolve("@playwright/test/cli");

async function seed() {
  await seedDemoData();
  for (const extra of Object.values(DISPOSABLE_ACCOUNTS)) {
    await db.user.create({ data: { email: extra.email, name: extra.name, role: extra.role, passwordHash: await hashPassword(extra.password) } });
  }
}

async function waitForHealthy(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy within ${timeoutMs / 1000}s`);
}

async function main(): Promise<number> {
  const browser = chromiumPath();
  if (!browser) {
    console.error("e2e: no Chromium found. Install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.");
    return 1;
  }
  // The app runs as production, which needs the key; the seed in this process uses the same one.
  process.env.IDENTITY_HASH_KEY ??= crypto.randomBytes(32).toString("base64url");
  const pgServer = await startTestServer();
  let app: ChildProcess | undefined;
  try {
    const databaseUrl = await createFreshDatabase(pgServer.serverUrl, "evalmine_e2e");
    await migrateDatabase(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    await seed();
    await disconnectDb();

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      CHROMIUM_PATH: browser,
      E2E_AUTH_DIR: process.env.E2E_AUTH_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "evalmine-e2e-auth-")),
    };
    if (process.env.E2E_SKIP_BUILD !== "1") {
      console.log("e2e: building the app (set E2E_SKIP_BUILD=1 to reuse the last build)");
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
      if (build.status !== 0) return build.status ?? 1;
    }
    app = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...env, NODE_ENV: "production" },
    });
    await waitForHealthy(baseUrl, app);
    const run = spawnSync(process.execPath, [playwrightBin, "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...env, E2E_BASE_URL: baseUrl },
    });
    return run.status ?? 1;
  } finally {
    if (app && app.exitCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app!.once("exit", resolve));
    }
    await disconnectDb();
    await pgServer.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`e2e failed: ${error.message}`);
    process.exit(1);
  },
);
