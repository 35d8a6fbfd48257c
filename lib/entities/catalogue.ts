import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { getEntityWithPractices, listEntitiesWithPractices } from "@/lib/entities/queries";

export async function fetchEntity(slug: string) {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions);
  cacheLife("days");
  return getEntityWithPractices(slug);
}

export async function fetchEntities() {
  "use cache";
  cacheTag(TAGS.practices);
  cacheLife("hours");
  return listEntitiesWithPractices();
}
