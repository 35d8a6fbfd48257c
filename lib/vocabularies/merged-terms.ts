import type { Prisma } from "@/lib/generated/prisma/client";
import type { Term, Vocabulary } from "@/lib/generated/prisma/client";
import { loadAliases, type AliasMap } from "@/lib/vocabularies/aliases";

// Pending drafts, autosaved forms and old revisions keep the slugs they were written with. A value
// merged away since then is read as the value it was merged into, not dropped.

type Terms = Record<Vocabulary, string[]>;

export function currentTermSlugs(terms: Terms, aliases: AliasMap): Terms {
  const entries = Object.entries(terms).map(([vocabulary, slugs]) => [
    vocabulary,
    [...new Set(slugs.map((slug) => aliases.get(`${vocabulary}:${slug}`) ?? slug))].sort(),
  ]);
  return Object.fromEntries(entries) as Terms;
}

/** The draft with its merged-away values replaced; the alias table is read only when one is unknown. */
export async function withMergedTerms<T extends { terms: Terms }>(
  tx: Prisma.TransactionClient,
  draft: T,
  current: Pick<Term, "vocabulary" | "slug">[],
): Promise<T> {
  const [merged] = await eachWithMergedTerms(tx, [draft], current);
  return merged!;
}

/** The current terms as the keys unknownTermSlug looks values up by. */
export const termKeys = (current: Pick<Term, "vocabulary" | "slug">[]): ReadonlySet<string> =>
  new Set(current.map((term) => `${term.vocabulary}:${term.slug}`));

/** The first value of the draft that is none of the known terms of its vocabulary (termKeys). */
export function unknownTermSlug(draft: { terms: Terms }, known: ReadonlySet<string>) {
  for (const [vocabulary, slugs] of Object.entries(draft.terms))
    for (const slug of slugs) if (!known.has(`${vocabulary}:${slug}`)) return slug;
  return undefined;
}

/** Many drafts (an import's rows): the alias table is read once, and only when a value is unknown. */
export async function eachWithMergedTerms<T extends { terms: Terms }>(
  tx: Prisma.TransactionClient,
  drafts: T[],
  current: Pick<Term, "vocabulary" | "slug">[],
): Promise<T[]> {
  const known = termKeys(current);
  const stale = (draft: T) => unknownTermSlug(draft, known) !== undefined;
  if (!drafts.some(stale)) return drafts;
  const aliases = await loadAliases(tx);
  return drafts.map((draft) => (stale(draft) ? { ...draft, terms: currentTermSlugs(draft.terms, aliases) } : draft));
}
