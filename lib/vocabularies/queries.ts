import { db } from "@/lib/db";
import type { Vocabulary } from "@/lib/generated/prisma/enums";

// Reads for the admin vocabulary pages: never cached (the public ones go through catalogue.ts).

const withUsage = { _count: { select: { practices: true } } } as const;

export type TermWithUsage = Awaited<ReturnType<typeof listTerms>>[number];

/** Number of values per vocabulary. */
export async function countTermsByVocabulary() {
  const rows = await db.term.groupBy({ by: ["vocabulary"], _count: { _all: true } });
  return new Map(rows.map((row) => [row.vocabulary, row._count._all]));
}

/** The values of a vocabulary in display order, each with the number of sheets using it (any status). */
export async function listTerms(vocabulary: Vocabulary) {
  return db.term.findMany({
    where: { vocabulary },
    orderBy: [{ position: "asc" }, { label: "asc" }],
    include: withUsage,
  });
}

export async function getTerm(vocabulary: Vocabulary, slug: string) {
  return db.term.findUnique({ where: { vocabulary_slug: { vocabulary, slug } }, include: withUsage });
}
