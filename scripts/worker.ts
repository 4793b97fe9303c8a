// npm run worker: runs the background jobs alone (for scale-out; `npm run dev` and
// `npm start` already run them in-process). Stops cleanly on Ctrl-C / SIGTERM.
import { openDatabase } from "@/lib/db/connection";
import { startJobRunner } from "@/lib/jobs/runner";

async function main() {
  const handle = await openDatabase({ log: (line) => console.log(`[db] ${line}`) });
  const runner = await startJobRunner(handle.url);
  const stop = async () => {
    await runner.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: Error) => {
  console.error(`worker failed: ${error.message}`);
  process.exit(1);
});
