#!/usr/bin/env node
// Runs the Prisma CLI (generate, validate, format) without letting it download its native schema
// engine, unreachable offline: PRISMA_SCHEMA_ENGINE_BINARY names an existing file (this one), which
// those commands never run. Migrations go through scripts/lib/schema-engine.ts instead
// (npm run db:migrate, db:migration:create), Prisma's official WASM build of the same engine.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
