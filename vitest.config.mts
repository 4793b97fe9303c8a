import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: `unit` (pure logic, no database) and `db` (*.db.test.ts, against a
// real PostgreSQL: a fresh database per run, see lib/testing/db-global-setup.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; tests import server modules directly.
      "server-only": path.resolve(root, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts", "scripts/**/*.db.test.ts"],
          globalSetup: ["lib/testing/db-global-setup.ts"],
          setupFiles: ["lib/testing/db-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
