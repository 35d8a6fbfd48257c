// npm run dev — `next dev` against the same database `npm start` uses (embedded unless DATABASE_URL).
import { spawn } from "node:child_process";
import { seedDatabase } from "../prisma/seed/seed-database.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { nextBin } from "./lib/build.ts";
import { openDatabase } from "./lib/database.ts";
import { requireSupportedNode } from "./lib/node-version.ts";
import { applyMigrations } from "./lib/schema-engine.ts";

requireSupportedNode();
const db = await openDatabase();
await applyMigrations(db.url);
const prisma = createPrismaClient(db.url);
console.log((await seedDatabase(prisma)).message);
await prisma.$disconnect();

const server = spawn(process.execPath, [nextBin(), "dev", "-p", process.env.PORT ?? "3000"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url },
});
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
