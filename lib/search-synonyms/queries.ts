import { db } from "@/lib/db";

// Reads for the admin synonyms page: never cached (searches use lookup.ts).

export async function listSynonyms() {
  return db.searchSynonym.findMany({ orderBy: { id: "asc" } });
}

export type SynonymRow = Awaited<ReturnType<typeof listSynonyms>>[number];

export async function getSynonym(id: number) {
  return db.searchSynonym.findUnique({ where: { id } });
}
