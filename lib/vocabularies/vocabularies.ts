import type { Vocabulary } from "@/lib/generated/prisma/enums";
import { FACETS } from "@/lib/practices/facets";

// The vocabularies staff manage, named and ordered as the public listing's facets; the admin
// URL segment is the facet's query parameter (/admin/vocabolari/area ↔ /pratiche?area=…).

export type VocabularyInfo = { vocabulary: Vocabulary; key: string; label: string };

export const VOCABULARIES: VocabularyInfo[] = FACETS.flatMap((facet) =>
  facet.kind === "term" ? [{ vocabulary: facet.vocabulary, key: facet.key, label: facet.label }] : [],
);

export function vocabularyByKey(key: string) {
  return VOCABULARIES.find((info) => info.key === key) ?? null;
}

export function vocabularyInfo(vocabulary: Vocabulary) {
  return VOCABULARIES.find((info) => info.vocabulary === vocabulary)!;
}

/** Where the public listing shows the sheets with this value. */
export function publicTermHref(vocabulary: Vocabulary, slug: string) {
  return `/pratiche?${new URLSearchParams({ [vocabularyInfo(vocabulary).key]: slug })}`;
}
