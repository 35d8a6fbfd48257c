import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The one-connection client of a process's background timers (housekeeping, scheduled
// publications): created at their first run, shared, so the timers add one connection per process.

const globalForBackground = globalThis as unknown as { backgroundDb?: Db };

export function backgroundDb() {
  return (globalForBackground.backgroundDb ??= createPrismaClient(env().DATABASE_URL, 1));
}
