import { defineConfig } from "prisma/config";

// Connection URLs live here in Prisma 7. `prisma generate` needs none, so an unset
// DATABASE_URL is fine; the app itself connects through lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
