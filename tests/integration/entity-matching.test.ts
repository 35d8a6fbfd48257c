import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveEntities } from "@/lib/import/batch-entities";
import { draftFromSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { snapshotOf } from "@/lib/practices/snapshot";
import type { EntityDraft, PracticeDraft } from "@/lib/practices/practice-input";

// An entity is matched by type + region + name ignoring case and accents, literally: `%`, `_` and
// `\` are characters of the name, not a pattern — in SQL (entities already stored, by the import
// and by the edit form) and in memory (entities an import creates for its earlier rows). Before,
// an entity named `%` joined whatever comune came first, and the import ran names as regular
// expressions (a name of ten characters with `%` took 18 s per dry run).

afterAll(async () => {
  await db.$disconnect();
});

type Tx = Prisma.TransactionClient;
class Rollback extends Error {
  constructor(readonly value: unknown) {
    super("rollback");
  }
}

async function rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    await db.$transaction(async (tx) => {
      throw new Rollback(await work(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error("unreachable");
}

const PUGLIA = 16;
const ambito = (name: string): EntityDraft => ({
  name,
  kind: "AMBITO",
  istatCode: null,
  regionId: PUGLIA,
  province: null,
});

async function storeEntity(tx: Tx, name: string) {
  return tx.entity.create({
    data: { slug: `prova-letterale-${Math.random().toString(36).slice(2)}`, name, kind: "AMBITO", regionId: PUGLIA },
  });
}

const sheet = (code: string, entity: EntityDraft): PracticeDraft => ({
  code,
  title: "Scheda di prova dei nomi",
  summary: "Una sintesi abbastanza lunga per la prova.",
  description: "Una descrizione abbastanza lunga per la prova dei nomi degli enti.",
  startDate: null,
  serviceType: "NUOVO",
  operatorsTotal: null,
  operatorsStaff: null,
  operatorsVolunteers: null,
  fundingNote: null,
  feedback: null,
  innovation: null,
  sustainability: "NON_NOTO",
  sustainabilityNote: null,
  resourcesNeeded: null,
  difficulties: null,
  replicationAdvice: null,
  publicContact: null,
  status: "DRAFT",
  entity,
  terms: { AREA: ["anziani"], FUNDING: [], TECHNOLOGY: [], NETWORK: [], CHANNEL: [] },
});

const WILDCARD_NAMES = [
  "%",
  "Ambito%",
  "_mbito Letterale di Prova",
  "Ambito Letterale di Prov\\a",
  "%a%a%a%a%a%a%a%a%",
];

describe("entity names are matched literally", () => {
  it("in SQL: a stored entity is found by case and accents only, never by a pattern", async () => {
    const { stored, perRow } = await rolledBack(async (tx) => {
      const stored = await storeEntity(tx, "Ambito Letterale di Prova");
      const regions = await tx.region.findMany();
      const drafts = ["AMBITO LETTERALE DI PRÒVA", ...WILDCARD_NAMES].map(ambito);
      return { stored, perRow: (await resolveEntities(tx, drafts, regions)).perRow };
    });
    expect(perRow[0]?.id).toBe(stored.id);
    for (const [i, entity] of perRow.slice(1).entries()) {
      expect(entity.id, WILDCARD_NAMES[i]).not.toBe(stored.id);
      expect(entity.name).toBe(WILDCARD_NAMES[i]);
    }
  });

  it("in memory: an entity created by an earlier row is found by case and accents only", async () => {
    const names = [
      "Ambito aaaaaaaaaa",
      "Ente ab",
      "Ente-1",
      ...["AMBITO ÀAAAAAAAAA"],
      "%a%a%a",
      "Ente a\\b",
      "Ente_1",
      "%",
    ];
    const perRow = await rolledBack(
      async (tx) => (await resolveEntities(tx, names.map(ambito), await tx.region.findMany())).perRow,
    );
    // The fourth row is the first in other case and accents: the same entity.
    expect(perRow[3]).toBe(perRow[0]);
    // The pattern-like names after it are entities of their own.
    const ids = new Set(perRow.map((entity) => entity.id));
    expect(ids.size).toBe(names.length - 1);
  });

  it("by the edit form's save: a sheet of an entity named % does not join another entity", async () => {
    const { stored, entityIds } = await rolledBack(async (tx) => {
      const stored = await storeEntity(tx, "Ambito Letterale di Prova");
      const entityIds: number[] = [];
      const drafts = ["ambito letterale di prova", ...WILDCARD_NAMES].map((name, i) =>
        sheet(`LETTERALE-${i}`, ambito(name)),
      );
      for (const draft of drafts) {
        const outcome = await savePractice(tx, draft, { userId: null, source: "FORM" });
        if (outcome.outcome === "conflict") throw new Error("conflict");
        entityIds.push((await tx.practice.findUniqueOrThrow({ where: { id: outcome.practiceId } })).entityId);
      }
      return { stored, entityIds };
    });
    expect(entityIds[0]).toBe(stored.id);
    for (const id of entityIds.slice(1)) expect(id).not.toBe(stored.id);
    expect(new Set(entityIds).size).toBe(entityIds.length);
  });
});

describe("an illustrative entity with a real sheet", () => {
  it("becomes real when a real sheet joins it, not when an illustrative sheet of it is edited", async () => {
    const { joined, edited } = await rolledBack(async (tx) => {
      const [first, second] = await tx.entity.findMany({
        where: { isSample: true, practices: { some: {} } },
        include: { practices: { include: practiceRelations, take: 1 } },
        orderBy: { id: "asc" },
        take: 2,
      });
      const created = await savePractice(tx, sheet("REALE-SU-ENTE-ILLUSTRATIVO", { id: first!.id }), {
        userId: null,
        source: "FORM",
      });
      if (created.outcome !== "created") throw new Error(created.outcome);
      const edit = { ...draftFromSnapshot(snapshotOf(second!.practices[0]!)), title: "Esempio modificato" };
      const updated = await savePractice(tx, edit, { userId: null, source: "FORM" }, second!.practices[0]!.version);
      if (updated.outcome !== "updated") throw new Error(updated.outcome);
      const entities = await tx.entity.findMany({ where: { id: { in: [first!.id, second!.id] } } });
      return {
        joined: entities.find((e) => e.id === first!.id)!.isSample,
        edited: entities.find((e) => e.id === second!.id)!.isSample,
      };
    });
    expect(joined).toBe(false);
    expect(edited).toBe(true);
  });
});
