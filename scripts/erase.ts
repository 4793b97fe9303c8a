// npm run erase -- --user <end-user id> [--dry-run] [--source <source name>]
// Erases one end user's data (logs, unaccepted cases; accepted eval items retired with
// their text gone) and opts them out of future ingestion. Prints exactly one JSON object
// on stdout: the receipt (counts, never the id). Progress and errors go to stderr.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { eraseEndUser } from "@/lib/privacy/erasure";
import { runCli, withCliDatabase } from "./lib/cli";

const USAGE = "usage: npm run erase -- --user <end-user id> [--dry-run] [--source <source name>]";

async function main(): Promise<number> {
  let values: { user?: string; "dry-run"?: boolean; source?: string };
  try {
    ({ values } = parseArgs({ options: { user: { type: "string" }, "dry-run": { type: "boolean" }, source: { type: "string" } }, allowPositionals: false }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.user) {
    console.error(`--user is required\n${USAGE}`);
    return 2;
  }
  const userId = values.user;
  return await withCliDatabase(
    async () => {
      let sourceId: string | undefined;
      if (values.source !== undefined) {
        const source = await db.source.findUnique({ where: { name: values.source }, select: { id: true } });
        if (!source) {
          console.error(`--source: no source is named that\n${USAGE}`);
          return 2;
        }
        sourceId = source.id;
      }
      const receipt = await eraseEndUser(userId, { label: "system:erase-cli" }, { dryRun: values["dry-run"] ?? false, sourceId });
      console.log(JSON.stringify(receipt));
      return 0;
    },
    { log: (line) => console.error(line) },
  );
}

runCli("erase", main);
