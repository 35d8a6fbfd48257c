import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/prisma-client";

// A secret the site makes for itself on first use, shared through the database by every
// process and instance (no configuration to forget, nothing to rotate by hand).

const cache = new Map<string, string>();

export async function siteSecret(client: Db, name: string): Promise<string> {
  const known = cache.get(name);
  if (known) return known;
  await client.siteSecret.createMany({
    data: [{ name, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const { value } = await client.siteSecret.findUniqueOrThrow({ where: { name } });
  cache.set(name, value);
  return value;
}
