// npm run db:migrate: applies pending migrations to the app's database.
import { runCli, withCliDatabase } from "./lib/cli";

runCli("db:migrate", async () => {
  await withCliDatabase(async () => {}, { log: (line) => console.log(line) });
  return 0;
});
