import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client per process, on globalThis: the bundler gives pages and route handlers each their own
// copy of this module, and a client per copy meant a pool per copy — twice the connections that
// the connection budget (lib/server/connection-budget.ts) counts. It also keeps development hot
// reloads from exhausting connections.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE));
