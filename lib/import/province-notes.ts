import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveEntities } from "@/lib/import/batch-entities";
import type { ImportRow } from "@/lib/import/validate-rows";
import { echo, matchKey } from "@/lib/text";

// `provincia` belongs to the entity, which many sheets share. As in the edit form, an import sets
// it only for an entity it creates: an existing entity's province is corrected on its page in
// Enti, for all its sheets at once. A row that states another one is written without it, and the
// preview says so on the row instead of dropping it silently.

type Tx = Prisma.TransactionClient;

/** The province a row states: the file's cell (an existing sheet's row may keep its entity by id). */
function statedProvince(row: ImportRow): string | null {
  if (row.baseVersion !== undefined) return row.province?.trim() || null;
  return "id" in row.draft.entity ? null : row.draft.entity.province;
}

/** For each row (by number) whose province is not applied, what the preview says. */
export async function provinceNotes(client: Tx, rows: ImportRow[]): Promise<Map<number, string>> {
  const notes = new Map<number, string>();
  const stating = rows.flatMap((row) => {
    const province = statedProvince(row);
    return province ? [{ row, province }] : [];
  });
  if (stating.length === 0) return notes;
  const { perRow } = await resolveEntities(
    client,
    stating.map(({ row }) => row.draft.entity),
    await client.region.findMany(),
  );
  stating.forEach(({ row, province }, i) => {
    const entity = perRow[i]!;
    // A negative id: an entity the import creates, with this province.
    if (entity.id < 0 || matchKey(entity.province ?? "") === matchKey(province)) return;
    const current = entity.province ? `«${entity.province}»` : "senza provincia";
    notes.set(
      row.row,
      `Provincia non applicata: il file indica «${echo(province)}», ma la provincia appartiene all'ente «${entity.name}» (ora ${current}), che l'importazione non modifica. Se va corretta, correggila nella pagina dell'ente (Enti): vale per tutte le sue schede.`,
    );
  });
  return notes;
}
