// Runs `prisma generate` offline. The Prisma 7 CLI insists that a native schema
// engine file exists before generating, although generation itself runs in
// WebAssembly; downloading that engine is impossible on air-gapped machines, so we
// point the check at an existing file. Migrations do not use the engine at all
// (see scripts/migrate.ts).
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
