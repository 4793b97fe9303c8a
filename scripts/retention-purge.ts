// npm run retention:purge -- [--dry-run] [--now <ISO time>] [--batch-size N]
// Runs the hourly retention purge on demand and prints exactly one JSON object on
// stdout (runId, dryRun, now, deletedLogs, deletedCases, durationMs, sources[]): a
// stable contract for scripts. Progress and errors go to stderr.
import { parseArgs } from "node:util";
import { DEFAULT_PURGE_BATCH, purgeExpiredSourceLogs } from "@/lib/retention/purge";
import { runCli, withCliDatabase } from "./lib/cli";

const USAGE = "usage: npm run retention:purge -- [--dry-run] [--now <ISO time>] [--batch-size N]";

async function main(): Promise<number> {
  let values: { "dry-run"?: boolean; now?: string; "batch-size"?: string };
  try {
    ({ values } = parseArgs({
      options: { "dry-run": { type: "boolean" }, now: { type: "string" }, "batch-size": { type: "string" } },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: "${values.now}" is not an ISO time (e.g. 2026-11-26T12:00:00Z)\n${USAGE}`);
    return 2;
  }
  const batchSize = values["batch-size"] === undefined ? DEFAULT_PURGE_BATCH : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    console.error(`--batch-size: must be a whole number from 1 to 100000\n${USAGE}`);
    return 2;
  }
  return await withCliDatabase(async () => {
    const result = await purgeExpiredSourceLogs({ now, dryRun: values["dry-run"] ?? false, batchSize, actor: { label: "system:retention-purge-cli" } });
    console.log(JSON.stringify(result));
    return 0;
  }, { log: (line) => console.error(line) });
}

runCli("retention:purge", main);
