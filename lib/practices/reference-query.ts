import type { Reference } from "@/lib/practices/practice-input";
import type { Db } from "@/lib/prisma-client";
import { loadAliases } from "@/lib/vocabularies/aliases";

/** Regions and vocabularies, as the input schema needs them, from any client (app or script). */
export async function readReference(client: Db): Promise<Reference> {
  const [regions, terms, aliases] = await Promise.all([
    client.region.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, name: true } }),
    client.term.findMany({
      orderBy: [{ vocabulary: "asc" }, { position: "asc" }, { label: "asc" }],
      select: { id: true, vocabulary: true, slug: true, label: true },
    }),
    loadAliases(client),
  ]);
  return { regions, terms, aliases };
}
