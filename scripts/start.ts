// npm start: production server. Refuses to start without its required settings,
// applies pending migrations, then serves the built app (`npm run build` first).
import { spawn } from "node:child_process";
import { migrateDatabase } from "@/lib/db/migrate";
import { missingProductionSetting } from "@/lib/config/production";
import { startJobRunner } from "@/lib/jobs/runner";

async function main() {
  const missing = missingProductionSetting(process.env);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  await migrateDatabase(process.env.DATABASE_URL!, { log: (line) => console.log(line) });
  // Background jobs run in this process unless this instance is web-only (JOBS_IN_PROCESS=0, with `npm run worker` elsewhere).
  const jobs = process.env.JOBS_IN_PROCESS === "0" ? null : await startJobRunner(process.env.DATABASE_URL!);
  const port = process.env.PORT ?? "3000";
  const next = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" },
  });
  const forward = (signal: NodeJS.Signals) => next.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  next.on("exit", async (code) => {
    await jobs?.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error: Error) => {
  console.error(`start failed: ${error.message}`);
  process.exit(1);
});
