import { revalidateTag } from "next/cache";
import { TAGS } from "@/lib/cache-tags";

/**
 * After a write to sheets: public listings, counts, sitemap and the sheets' own pages show the
 * change on their next request (expire 0: no stale page is served after an edit).
 */
export function revalidatePractices(slugs: (string | null | undefined)[] = []) {
  revalidateTag(TAGS.practices, { expire: 0 });
  for (const slug of new Set(slugs)) if (slug) revalidateTag(TAGS.practice(slug), { expire: 0 });
}

export function revalidateVocabularies() {
  revalidateTag(TAGS.vocabularies, { expire: 0 });
  revalidateTag(TAGS.practices, { expire: 0 });
}
