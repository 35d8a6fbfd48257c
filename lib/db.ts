import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client per process; cached on globalThis so development hot reloads reuse its pool.
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db: Db = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);

if (env().NODE_ENV !== "production") globalForPrisma.prisma = db;
