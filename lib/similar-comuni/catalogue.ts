import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";
import { findPracticesForProfile } from "@/lib/similar-comuni/queries";
import { profileArguments } from "@/lib/similar-comuni/profile";
import type { Profile } from "@/lib/similar-comuni/similar";

// Also a server action, like every 'use cache' function: its arguments are checked inside.
export async function fetchPracticesForProfile(profile: Profile, area: { slug: string; label: string } | null) {
  "use cache";
  cacheTag(TAGS.practices, TAGS.regions, TAGS.vocabularies);
  cacheLife("hours");
  const parsed = profileArguments.safeParse([profile, area]);
  return parsed.success ? findPracticesForProfile(...parsed.data) : [];
}
