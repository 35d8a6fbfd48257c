import { db } from "@/lib/db";
import type { Reference } from "@/lib/practices/practice-input";

/** Regions and vocabularies, as the input schema needs them (fresh: staff may have just added a value). */
export async function loadReference(): Promise<Reference> {
  const [regions, terms] = await Promise.all([
    db.region.findMany({ orderBy: { id: "asc" }, select: { id: true, slug: true, name: true } }),
    db.term.findMany({ orderBy: [{ vocabulary: "asc" }, { position: "asc" }, { label: "asc" }], select: { id: true, vocabulary: true, slug: true, label: true } }),
  ]);
  return { regions, terms };
}

export async function listEntitiesForPicker() {
  return db.entity.findMany({
    orderBy: [{ regionId: "asc" }, { name: "asc" }],
    select: { id: true, name: true, isSample: true, region: { select: { name: true } } },
  });
}
