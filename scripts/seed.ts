// npm run db:seed: seeds demo users and a demo source into an empty database (dev only).
import { openDatabase } from "@/lib/db/connection";
import { DEMO_ACCOUNTS, seedDemoData } from "@/lib/db/seed-demo";
import { disconnectDb } from "@/lib/db";

async function main() {
  if (process.env.NODE_ENV === "production") throw new Error("Demo data is for development; refusing with NODE_ENV=production.");
  const handle = await openDatabase();
  try {
    const seeded = await seedDemoData();
    console.log(seeded ? `seeded ${DEMO_ACCOUNTS.length} demo accounts` : "database already has users; nothing seeded");
  } finally {
    await disconnectDb();
    await handle.close();
  }
}

main().catch((error: Error) => {
  console.error(`db:seed failed: ${error.message}`);
  process.exit(1);
});
