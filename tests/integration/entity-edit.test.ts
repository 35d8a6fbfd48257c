import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EntityRuleError, updateEntity } from "@/lib/entities/entity-changes";

// The entity edit screen's rules on the real database: its sheets' search text follows the new
// name, the ISTAT code must be a comune of the entity's region, and a stale form is refused.

const created: number[] = [];

afterAll(async () => {
  await db.practice.deleteMany({ where: { entityId: { in: created } } });
  await db.entity.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

async function entityWithSheet() {
  const stamp = `${Date.now()}-${created.length}`;
  const entity = await db.entity.create({
    data: { slug: `ente-prova-${stamp}`, name: `Comune di Prova ${stamp}`, kind: "COMUNE", regionId: 14 },
  });
  created.push(entity.id);
  const practice = await db.practice.create({
    data: {
      code: `ENTE-PROVA-${stamp}`,
      slug: `scheda-ente-prova-${stamp}`,
      title: "Scheda di prova dell'ente",
      summary: "Sintesi di prova",
      description: "Descrizione di prova",
      serviceType: "NUOVO",
      entityId: entity.id,
      searchExtra: entity.name,
    },
  });
  return { entity, practice };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      expect(error).toBeInstanceOf(EntityRuleError);
      return error as EntityRuleError;
    },
  );

describe("updateEntity", () => {
  it("saves name, kind, ISTAT code and province, filling population, and rewrites its sheets' search text", async () => {
    const { entity, practice } = await entityWithSheet();
    const slugs = await db.$transaction((tx) =>
      updateEntity(
        tx,
        entity.id,
        { name: "Unione dei Comuni del Biferno", kind: "UNIONE", istatCode: "070006", province: null },
        entity.updatedAt,
        null,
      ),
    );
    expect(slugs).toEqual([practice.slug]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "entity.update", targetId: String(entity.id) },
    });
    expect(event.targetLabel).toBe("Unione dei Comuni del Biferno");
    expect(event.practiceIds).toEqual([practice.id]);
    const saved = await db.entity.findUniqueOrThrow({ where: { id: entity.id } });
    expect(saved).toMatchObject({ name: "Unione dei Comuni del Biferno", kind: "UNIONE", istatCode: "070006" });
    expect(saved.province).toBe("Campobasso");
    expect(saved.population).toBeGreaterThan(40_000);
    expect(saved.slug).toBe(entity.slug);
    const sheet = await db.practice.findUniqueOrThrow({ where: { id: practice.id } });
    expect(sheet.searchExtra).toContain("Unione dei Comuni del Biferno");
    expect(sheet.entityKind).toBe("UNIONE");
    expect(sheet.version).toBe(practice.version);
  });

  it("refuses an unknown ISTAT code, one of another region, and a form opened before someone else's save", async () => {
    const { entity } = await entityWithSheet();
    const edit = { name: entity.name, kind: entity.kind, province: null };
    const save = (istatCode: string | null, seenAt = entity.updatedAt) =>
      db.$transaction((tx) => updateEntity(tx, entity.id, { ...edit, istatCode }, seenAt, null));

    const unknown = await refusal(save("999999"));
    expect(unknown).toMatchObject({ field: "istatCode" });
    expect(unknown!.message).toContain("«999999» non è il codice di un comune");
    expect((await refusal(save("001272")))!.message).toContain("Torino, che è in un'altra regione");

    await save("070006");
    const stale = await refusal(save(null));
    expect(stale).toMatchObject({ field: "_" });
    expect((await db.entity.findUniqueOrThrow({ where: { id: entity.id } })).istatCode).toBe("070006");
  });
});
