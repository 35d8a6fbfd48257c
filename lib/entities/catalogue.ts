import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { getEntityWithPractices, listEntitiesWithPractices } from "@/lib/entities/queries";
import { isSlug } from "@/lib/text";

// Every 'use cache' function is also a server action: it checks its arguments (lib/practices/catalogue.ts).

/** An entity with published sheets; anything not shaped like a slug is answered without a lookup or a cache entry. */
export async function fetchEntity(slug: string) {
  return isSlug(slug) ? cachedEntity(slug) : null;
}

async function cachedEntity(slug: string) {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions);
  cacheLife("days");
  return isSlug(slug) ? getEntityWithPractices(slug) : null;
}

export async function fetchEntities() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return listEntitiesWithPractices();
}
