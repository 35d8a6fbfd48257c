import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres. The app uses the cached one in lib/db.ts; scripts call this. */
// A query that cannot get a connection within 10 s fails (the app shows its error page) instead
// of hanging while the database is unreachable; the proxy's 503 usually answers well before.
export function createPrismaClient(connectionString: string, maxConnections = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: maxConnections, connectionTimeoutMillis: 10_000 }),
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
