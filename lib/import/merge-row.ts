import { ENTITY_KINDS, slugOf } from "@/lib/practices/enum-labels";
import { formValuesFromSnapshot } from "@/lib/practices/form-values";
import type { FieldName } from "@/lib/practices/practice-fields";
import type { PracticeSnapshot } from "@/lib/practices/snapshot";
import { matchKey } from "@/lib/text";

// An import updates what the file says, nothing else. For a code already in the catalogue, each
// field the file does not speak about keeps the sheet's current value: a column absent from the
// file, an empty cell (unless the editor chose "le celle vuote cancellano"), and always an empty
// `stato` (an empty status would otherwise republish an archived sheet).

const ENTITY_FIELDS = ["ente_nome", "ente_tipo", "ente_codice_istat", "regione", "provincia"] as const;

export type MergeOptions = { clearBlanks: boolean };

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (Array.isArray(value) ? value.every(isBlank) : String(value).trim() === "");

/**
 * What a row of a file says about an existing sheet: its cells in the file's columns, without
 * the empty ones (unless empty cells clear fields) and never an empty `stato`. Runs in the
 * import's worker thread, which has no database.
 */
export function saidInput(
  input: Record<string, unknown>,
  present: ReadonlySet<FieldName>,
  { clearBlanks }: MergeOptions,
): Record<string, unknown> {
  const said: Record<string, unknown> = {};
  for (const field of present) {
    if (!Object.hasOwn(input, field)) continue;
    const value = input[field];
    if (!isBlank(value) || (clearBlanks && field !== "stato")) said[field] = value ?? "";
  }
  return said;
}

/** A row's input for the schema: what it says over the current sheet's values (request thread). */
export function mergeWithCurrent(said: Record<string, unknown>, current: PracticeSnapshot): Record<string, unknown> {
  const says = (field: string) => Object.hasOwn(said, field);
  const currentValues: Record<string, unknown> = {
    ...formValuesFromSnapshot(current),
    ...currentEntityValues(current),
  };
  const merged: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(currentValues)) {
    if (field === "ente_id" || (ENTITY_FIELDS as readonly string[]).includes(field)) continue;
    merged[field] = says(field) ? said[field] : value;
  }

  const saidEntity = ENTITY_FIELDS.filter(says);
  if (saidEntity.every((field) => sameEntityValue(field, said[field], current))) {
    // The same entity as now (or none named): kept as it is, by identity.
    merged.ente_id = String(current.entity.id);
    return merged;
  }
  for (const field of ENTITY_FIELDS) merged[field] = says(field) ? said[field] : currentValues[field];
  // Another entity named without its ISTAT code: the current entity's code does not belong to it.
  const otherEntity = saidEntity.some((field) => field !== "provincia" && field !== "ente_codice_istat");
  if (otherEntity && !says("ente_codice_istat")) merged.ente_codice_istat = "";
  return merged;
}

function currentEntityValues({ entity }: PracticeSnapshot) {
  return {
    ente_nome: entity.name,
    ente_tipo: slugOf(ENTITY_KINDS, entity.kind),
    ente_codice_istat: entity.istatCode ?? "",
    regione: entity.regionSlug,
    provincia: entity.province ?? "",
  };
}

function sameEntityValue(field: (typeof ENTITY_FIELDS)[number], value: unknown, { entity }: PracticeSnapshot) {
  const key = matchKey(String(value ?? ""));
  const kind = ENTITY_KINDS.find((option) => option.value === entity.kind)!;
  switch (field) {
    case "ente_nome":
      return key === matchKey(entity.name);
    case "ente_tipo":
      return [kind.slug, kind.label, kind.value].some((candidate) => matchKey(candidate) === key);
    case "ente_codice_istat":
      // An entity without a code, named alike otherwise, is the same one: the code is not applied
      // (the entity is corrected on its page), and the preview says so (entity-notes.ts).
      return entity.istatCode === null || String(value).trim().padStart(6, "0") === entity.istatCode;
    case "regione":
      return [entity.regionSlug, entity.regionName, entity.regionName.replace(/\/.*/s, "")].some(
        (candidate) => matchKey(candidate) === key,
      );
    case "provincia":
      // Stored with the entity, not the sheet: an import never changes an existing entity (the
      // preview notes a different one, entity-notes.ts).
      return true;
  }
}
