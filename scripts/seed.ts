// npm run db:seed: seeds demo users and a demo source into an empty database (dev only).
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/demo/seed";
import { runCli, withCliDatabase } from "./lib/cli";

runCli("db:seed", async () => {
  if (process.env.NODE_ENV === "production") throw new Error("demo data is for development; refusing with NODE_ENV=production");
  const seeded = await withCliDatabase(seedDemoData);
  console.log(seeded ? `seeded ${DEMO_ACCOUNTS.length} demo accounts` : "database already has users; nothing seeded");
  return 0;
});
