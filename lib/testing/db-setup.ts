import { inject, afterAll } from "vitest";
import { disconnectDb } from "@/lib/db";

// Point lib/db.ts at the run's fresh database before any test touches it.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(async () => {
  await disconnectDb();
});
