import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityKind } from "@/lib/generated/prisma/enums";
import { comuniByIstatCode } from "@/lib/comuni";
import { populationBandOf } from "@/lib/practices/enum-labels";
import { refreshSearchExtra } from "@/lib/vocabularies/term-changes";

// Editing an entity (ente) on its own screen, inside the caller's transaction. Its slug stays
// (public links keep working); its name and province are part of its sheets' search text, which
// is rewritten; its kind feeds the listing's facets through the Entity trigger.

type Tx = Prisma.TransactionClient;

export type EntityEdit = { name: string; kind: EntityKind; istatCode: string | null; province: string | null };

/** A change the rules refuse; `field` places the message next to a form field. */
export class EntityRuleError extends Error {
  constructor(
    message: string,
    readonly field?: keyof EntityEdit | "_",
  ) {
    super(message);
  }
}

/**
 * Saves the entity if nobody changed it since `seenAt` (the updatedAt the form was opened with).
 * Returns the slugs of its sheets, whose public pages show its name.
 */
export async function updateEntity(tx: Tx, id: number, edit: EntityEdit, seenAt: Date, actorId: number | null) {
  const [current] = await tx.$queryRaw<
    {
      updatedAt: Date;
      regionId: number;
      name: string;
      kind: string;
      istatCode: string | null;
      province: string | null;
    }[]
  >`
    SELECT "updatedAt", "regionId", "name", "kind"::text AS "kind", "istatCode", "province"
    FROM "Entity" WHERE "id" = ${id} FOR UPDATE`;
  if (!current) throw new EntityRuleError("L'ente non esiste più.", "_");
  if (current.updatedAt.getTime() !== seenAt.getTime()) {
    throw new EntityRuleError(
      "Qualcun altro ha modificato l'ente dopo che hai aperto la pagina: ricaricala per vedere la versione attuale, poi ripeti la modifica.",
      "_",
    );
  }
  const comune = edit.istatCode ? comuniByIstatCode().get(edit.istatCode) : undefined;
  if (edit.istatCode && !comune) {
    throw new EntityRuleError(
      `Codice ISTAT del comune: «${edit.istatCode}» non è il codice di un comune italiano.`,
      "istatCode",
    );
  }
  if (comune && comune.regionCode !== current.regionId) {
    throw new EntityRuleError(
      `Codice ISTAT del comune: «${edit.istatCode}» è il codice di ${comune.name}, che è in un'altra regione.`,
      "istatCode",
    );
  }
  const population = comune?.population ?? null;
  const updated = await tx.entity.update({
    where: { id },
    data: {
      ...edit,
      province: edit.province ?? comune?.province ?? null,
      ...(edit.istatCode ? { population, populationBand: population ? populationBandOf(population) : null } : {}),
    },
  });
  const practices = await tx.practice.findMany({ where: { entityId: id }, select: { id: true, slug: true } });
  await recordAudit(tx, {
    actorId,
    action: "entity.update",
    target: { type: "entity", id, label: updated.name },
    changes: { fields: entityFieldChanges(current, updated) },
    practiceIds: practices.map((practice) => practice.id),
  });
  await refreshSearchExtra(
    tx,
    practices.map((practice) => practice.id),
  );
  return practices.map((practice) => practice.slug);
}

const ENTITY_FIELDS = [
  ["name", "Nome"],
  ["kind", "Tipo"],
  ["istatCode", "Codice ISTAT del comune"],
  ["province", "Provincia"],
] as const;

type EntityFields = Record<(typeof ENTITY_FIELDS)[number][0], string | null>;

function entityFieldChanges(before: EntityFields, after: EntityFields) {
  return ENTITY_FIELDS.filter(([key]) => (before[key] ?? "") !== (after[key] ?? "")).map(([key, label]) => ({
    field: key,
    label,
    before: before[key] ?? "",
    after: after[key] ?? "",
  }));
}
