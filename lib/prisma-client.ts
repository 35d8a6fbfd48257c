import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres. The app uses the cached one in lib/db.ts; scripts call this. */
// A query that cannot get a connection within 10 s fails (the app shows its error page) instead
// of hanging while the database is unreachable; the proxy's 503 usually answers well before.
// A transaction waits for its connection as long as a query does: Prisma's default (maxWait 2 s)
// failed listing searches (a text search reads in a transaction) with P2028 whenever the pool was
// busy for 2 s — one pool shared by pages and route handlers, with an import's long transaction
// holding one connection and each listing request running several queries at once.
const CONNECTION_WAIT_MS = 10_000;
/** How the app client's connections are named in pg_stat_activity: by process, to check the budget. */
export const appConnectionName = (pid = process.pid) => `catalogo-app ${pid}`;

export function createPrismaClient(connectionString: string, maxConnections = 10, name = appConnectionName()) {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString,
      max: maxConnections,
      connectionTimeoutMillis: CONNECTION_WAIT_MS,
      application_name: name,
    }),
    transactionOptions: { maxWait: CONNECTION_WAIT_MS },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A write refused by a unique index (Prisma's P2002): someone wrote the same key a moment before. */
export const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";
