import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveEntities } from "@/lib/import/batch-entities";
import type { EntityDraft } from "@/lib/practices/practice-input";
import { matchKey } from "@/lib/text";

// `provincia` and `ente_codice_istat` belong to the entity, which many sheets share: a sheet's
// new-entity fields set them only for an entity they create. When those fields name an entity
// that exists (the same ISTAT code, or the same type, region and name), the sheet joins it, and a
// different province, or a code for an entity that has none, is not applied: an existing entity's
// are corrected on its page in Enti, for all its sheets at once. The import preview and the edit
// form say so instead of dropping it silently.

type Tx = Prisma.TransactionClient;

/** What a sheet states of its entity. */
export type StatedEntity = { entity: EntityDraft; province: string | null; istatCode: string | null };

export type UnappliedEntityFields = {
  entity: { id: number; name: string; province: string | null };
  /** The province stated, when it is not the entity's. */
  province?: string;
  /** The ISTAT code stated for an entity that has none. */
  istatCode?: string;
};

/** For each stated entity, what of it is not applied, or null when all of it is (or it is new). */
export async function unappliedEntityFields(client: Tx, stated: StatedEntity[]) {
  const result: (UnappliedEntityFields | null)[] = stated.map(() => null);
  const stating = stated.flatMap((said, index) => (said.province || said.istatCode ? [{ said, index }] : []));
  if (stating.length === 0) return result;
  const { perRow } = await resolveEntities(
    client,
    stating.map(({ said }) => said.entity),
    await client.region.findMany(),
  );
  stating.forEach(({ said, index }, i) => {
    const entity = perRow[i]!;
    // A negative id: an entity created with these values.
    if (entity.id < 0) return;
    const province =
      said.province && matchKey(entity.province ?? "") !== matchKey(said.province) ? said.province : undefined;
    const istatCode = said.istatCode && entity.istatCode === null ? said.istatCode : undefined;
    if (province || istatCode)
      result[index] = { entity: { id: entity.id, name: entity.name, province: entity.province }, province, istatCode };
  });
  return result;
}

/** The edit page's query parameters naming what of the stated entity a save did not apply, and the entity. */
export const UNAPPLIED_PARAM = "non-applicati";
export const JOINED_ENTITY_PARAM = "ente";

const FIELD_WORDS = {
  provincia:
    "la provincia che hai indicato non è stata applicata: appartiene all'ente e vale per tutte le sue schede. Se va corretta, correggila",
  "codice-istat":
    "il codice ISTAT che hai indicato non è stato applicato: appartiene all'ente e vale per tutte le sue schede. Se va corretto, correggilo",
  "provincia,codice-istat":
    "la provincia e il codice ISTAT che hai indicato non sono stati applicati: appartengono all'ente e valgono per tutte le sue schede. Se vanno corretti, correggili",
} as const;

/** `&non-applicati=…&ente=…` for a save's redirect, or "" when everything stated was applied. */
export function unappliedQuery(fields: UnappliedEntityFields | null | undefined) {
  if (!fields) return "";
  const names = [fields.province && "provincia", fields.istatCode && "codice-istat"].filter(Boolean).join(",");
  return `&${UNAPPLIED_PARAM}=${names}&${JOINED_ENTITY_PARAM}=${fields.entity.id}`;
}

/** What the edit page says of `?non-applicati=…`; undefined for anything but what unappliedQuery writes. */
export function unappliedWords(value: unknown): string | undefined {
  return typeof value === "string" && Object.hasOwn(FIELD_WORDS, value)
    ? FIELD_WORDS[value as keyof typeof FIELD_WORDS]
    : undefined;
}
