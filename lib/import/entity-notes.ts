import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveEntities } from "@/lib/import/batch-entities";
import type { ImportRow } from "@/lib/import/validate-rows";
import { echo, matchKey } from "@/lib/text";

// `provincia` and `ente_codice_istat` belong to the entity, which many sheets share. As in the
// edit form, an import sets them only for an entity it creates: an existing entity's are corrected
// on its page in Enti, for all its sheets at once. A row that states another province, or a code
// for an entity that has none (the row names it otherwise alike, so it stays on that entity), is
// written without it, and the preview says so on the row instead of dropping it silently.

type Tx = Prisma.TransactionClient;

type Stated = { province: string | null; istatCode: string | null };

/** What a row states of its entity: the file's cells (an existing sheet's row keeps its entity by id). */
function stated(row: ImportRow): Stated {
  if (row.baseVersion !== undefined)
    return { province: row.province?.trim() || null, istatCode: row.istatCode?.trim() || null };
  if ("id" in row.draft.entity) return { province: null, istatCode: null };
  return { province: row.draft.entity.province, istatCode: row.draft.entity.istatCode };
}

const ON_ENTITY_PAGE = "nella pagina dell'ente (Enti): vale per tutte le sue schede.";

/** For each row (by number) whose province or ISTAT code is not applied, what the preview says. */
export async function entityNotes(client: Tx, rows: ImportRow[]): Promise<Map<number, string[]>> {
  const notes = new Map<number, string[]>();
  const stating = rows.flatMap((row) => {
    const said = stated(row);
    return said.province || said.istatCode ? [{ row, said }] : [];
  });
  if (stating.length === 0) return notes;
  const { perRow } = await resolveEntities(
    client,
    stating.map(({ row }) => row.draft.entity),
    await client.region.findMany(),
  );
  stating.forEach(({ row, said }, i) => {
    const entity = perRow[i]!;
    // A negative id: an entity the import creates, with these values.
    if (entity.id < 0) return;
    const rowNotes: string[] = [];
    if (said.province && matchKey(entity.province ?? "") !== matchKey(said.province)) {
      const current = entity.province ? `«${entity.province}»` : "senza provincia";
      rowNotes.push(
        `Provincia non applicata: il file indica «${echo(said.province)}», ma la provincia appartiene all'ente «${entity.name}» (ora ${current}), che l'importazione non modifica. Se va corretta, correggila ${ON_ENTITY_PAGE}`,
      );
    }
    if (said.istatCode && entity.istatCode === null) {
      rowNotes.push(
        `Codice ISTAT non applicato: il file indica «${echo(said.istatCode)}», ma il codice appartiene all'ente «${entity.name}» (ora senza codice), che l'importazione non modifica. Se va corretto, correggilo ${ON_ENTITY_PAGE}`,
      );
    }
    if (rowNotes.length) notes.set(row.row, rowNotes);
  });
  return notes;
}
