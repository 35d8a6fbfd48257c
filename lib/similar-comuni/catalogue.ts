import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { findPracticesForProfile } from "@/lib/similar-comuni/queries";
import type { Profile } from "@/lib/similar-comuni/similar";

export async function fetchPracticesForProfile(profile: Profile, area: { slug: string; label: string } | null) {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions, TAGS.vocabularies);
  cacheLife("hours");
  return findPracticesForProfile(profile, area);
}
