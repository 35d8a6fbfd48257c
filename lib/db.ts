import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client per process, on globalThis: the bundler gives pages, route handlers and actions each
// their own copy of this module, and a client per copy meant a pool, a query plan cache and a
// debug history per copy (Prisma keeps its last 100 debug messages with their arguments — a
// rarely used route's copy held whole import payloads for good). It also keeps development hot
// reloads from exhausting connections.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = (globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE));
