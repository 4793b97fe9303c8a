// npm run db:migrate: applies pending migrations to the app's database.
import { openDatabase } from "@/lib/db/connection";

async function main() {
  const handle = await openDatabase({ log: (line) => console.log(line) });
  await handle.close();
}

main().catch((error: Error) => {
  console.error(`db:migrate failed: ${error.message}`);
  process.exit(1);
});
