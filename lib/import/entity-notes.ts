import type { Prisma } from "@/lib/generated/prisma/client";
import { unappliedEntityFields, type StatedEntity } from "@/lib/entities/unapplied-fields";
import type { ImportRow } from "@/lib/import/validate-rows";
import { echo } from "@/lib/text";

// As in the edit form, an import sets `provincia` and `ente_codice_istat` only for an entity it
// creates (lib/entities/unapplied-fields.ts); the preview says so on each row that states others.

type Tx = Prisma.TransactionClient;

/** What a row states of its entity: the file's cells (an existing sheet's row keeps its entity by id). */
function stated(row: ImportRow): StatedEntity {
  const entity = row.draft.entity;
  if (row.baseVersion !== undefined)
    return { entity, province: row.province?.trim() || null, istatCode: row.istatCode?.trim() || null };
  if ("id" in entity) return { entity, province: null, istatCode: null };
  return { entity, province: entity.province, istatCode: entity.istatCode };
}

const ON_ENTITY_PAGE = "nella pagina dell'ente (Enti): vale per tutte le sue schede.";

/** For each row (by number) whose province or ISTAT code is not applied, what the preview says. */
export async function entityNotes(client: Tx, rows: ImportRow[]): Promise<Map<number, string[]>> {
  const unapplied = await unappliedEntityFields(client, rows.map(stated));
  const notes = new Map<number, string[]>();
  rows.forEach((row, i) => {
    const fields = unapplied[i];
    if (!fields) return;
    const { entity } = fields;
    const rowNotes: string[] = [];
    if (fields.province) {
      const current = entity.province ? `«${entity.province}»` : "senza provincia";
      rowNotes.push(
        `Provincia non applicata: il file indica «${echo(fields.province)}», ma la provincia appartiene all'ente «${entity.name}» (ora ${current}), che l'importazione non modifica. Se va corretta, correggila ${ON_ENTITY_PAGE}`,
      );
    }
    if (fields.istatCode) {
      rowNotes.push(
        `Codice ISTAT non applicato: il file indica «${echo(fields.istatCode)}», ma il codice appartiene all'ente «${entity.name}» (ora senza codice), che l'importazione non modifica. Se va corretto, correggilo ${ON_ENTITY_PAGE}`,
      );
    }
    notes.set(row.row, rowNotes);
  });
  return notes;
}
