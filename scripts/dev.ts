// npm run dev: embedded PostgreSQL (unless DATABASE_URL is set) + migrations + demo
// seed + `next dev`. Ctrl-C stops the app and the database together.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db/connection";
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/demo/seed";
import { disconnectDb } from "@/lib/db";
import { startJobRunner } from "@/lib/jobs/runner";

/** A per-checkout development secret, so `npm run dev` needs no .env file. */
function devSecret(): string {
  const file = path.resolve(".data", "dev-nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  const port = process.env.PORT ?? "3000";
  const handle = await openDatabase({ log: (line) => console.log(`[db] ${line}`) });
  if (await seedDemoData()) console.log("[db] seeded demo data");
  await disconnectDb();

  console.log("\nDemo accounts (development only):");
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(8)} ${account.email.padEnd(26)} ${account.password}`);
  console.log("");

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: handle.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? devSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const jobs = await startJobRunner(handle.url);
  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "dev", "-p", port], { stdio: "inherit", env });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill("SIGTERM");
    await jobs.stop().catch(() => {});
    await handle.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`dev failed to start: ${error.message}`);
  process.exit(1);
});
