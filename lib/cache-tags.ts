// Cache tags of public reads. Every write revalidates exactly the tags it touched.
export const TAGS = {
  /** Anything that lists, counts or searches published sheets. */
  practices: "practices",
  practice: (slug: string) => `practice:${slug}`,
  vocabularies: "vocabularies",
  regions: "regions",
  /** The search's synonym list (lib/search-synonyms): each process reloads it after this tag expires. */
  searchSynonyms: "search-synonyms",
} as const;
