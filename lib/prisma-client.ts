import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over node-postgres. The app uses the cached one in lib/db.ts; scripts call this. */
export function createPrismaClient(connectionString: string, maxConnections = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: maxConnections }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
