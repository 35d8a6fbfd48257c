import { findSessionUser } from "@/lib/auth/session-store";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { PROXY_POOL_SIZE, proxyConnectionName } from "@/lib/server/connection-budget";

// The proxy runs apart from the render code (no "server-only" modules there), so it keeps its
// own small pool to look sessions up.
const globalForProxy = globalThis as unknown as { proxyDb?: Db };

export function proxyClient() {
  globalForProxy.proxyDb ??= createPrismaClient(env().DATABASE_URL, PROXY_POOL_SIZE, proxyConnectionName());
  return globalForProxy.proxyDb;
}

export function sessionUserForProxy(token: string) {
  return findSessionUser(proxyClient(), token);
}
