import { db } from "@/lib/db";
import { readReference } from "@/lib/practices/reference-query";

/** Regions and vocabularies, fresh (staff may have just added a value). */
export function loadReference() {
  return readReference(db);
}

export async function listEntitiesForPicker() {
  return db.entity.findMany({
    orderBy: [{ regionId: "asc" }, { name: "asc" }],
    select: { id: true, name: true, isSample: true, region: { select: { name: true } } },
  });
}
