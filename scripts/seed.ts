// npm run db:seed: seeds demo users, a demo source, twelve weeks of history and this week's
// pending cases into an empty database (dev only; lib/demo).
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/demo/seed";
import { runCli, withCliDatabase } from "./lib/cli";

runCli("db:seed", async () => {
  if (process.env.NODE_ENV === "production") throw new Error("demo data is for development; refusing with NODE_ENV=production");
  const seeded = await withCliDatabase(seedDemoData);
  console.log(seeded ? `seeded ${DEMO_ACCOUNTS.length} demo accounts, a demo source and twelve weeks of history` : "database already has users; nothing seeded");
  return 0;
});
