import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storedDraftValues } from "@/lib/drafts/draft-json";
import type { Prisma } from "@/lib/generated/prisma/client";
import { itemAt } from "@/lib/item-at";
import { pageIdsQuery } from "@/lib/practices/search-sql";
import { parsePracticeFilters, type RawSearchParams } from "@/lib/practices/search-params";
import { addTerm, deleteTerm, mergeTerms, TermRuleError, updateTerm } from "@/lib/vocabularies/term-changes";
import { draftFromSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { snapshotOf } from "@/lib/practices/snapshot";
import { proposalPayload } from "@/lib/submissions/payload";

// Every test runs inside a transaction that is rolled back: other tests count exactly the
// seeded sheets and vocabulary.

type Tx = Prisma.TransactionClient;
const ROLLBACK = new Error("rollback");

async function rolledBack(work: (tx: Tx) => Promise<void>) {
  try {
    await db.$transaction(
      async (tx) => {
        await work(tx);
        throw ROLLBACK;
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
}

afterAll(async () => {
  await db.$disconnect();
});

/** Published sheets the public listing returns for these parameters, with the production SQL. */
async function listed(tx: Tx, params: RawSearchParams) {
  const rows = await tx.$queryRaw<{ id: number }[]>(pageIdsQuery(parsePracticeFilters(params), 10_000, 0));
  return new Set(rows.map((row) => row.id));
}

async function sheetsOf(tx: Tx, termId: number) {
  const links = await tx.practiceTerm.findMany({ where: { termId }, select: { practiceId: true } });
  return new Set(links.map((link) => link.practiceId));
}

async function publishedOf(tx: Tx, ids: Set<number>) {
  const rows = await tx.practice.findMany({
    where: { id: { in: [...ids] }, status: "PUBLISHED" },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

/** Two values of the area vocabulary that some sheets share, so a merge has duplicates to skip. */
async function overlappingAreas(tx: Tx) {
  const terms = await tx.term.findMany({ where: { vocabulary: "AREA" }, orderBy: { id: "asc" } });
  for (const a of terms) {
    for (const b of terms) {
      if (a.id === b.id) continue;
      const [sa, sb] = [await sheetsOf(tx, a.id), await sheetsOf(tx, b.id)];
      if ([...sa].some((id) => sb.has(id)) && sa.size > 0) return { from: a, into: b, fromSheets: sa, intoSheets: sb };
    }
  }
  throw new Error("Il seed non ha due aree con schede in comune.");
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TermRuleError);
  return error as TermRuleError;
}

describe("mergeTerms", () => {
  it("moves every sheet to the remaining value, once, and keeps them findable by its label", async () => {
    await rolledBack(async (tx) => {
      const { from, into, fromSheets, intoSheets } = await overlappingAreas(tx);
      const union = new Set([...fromSheets, ...intoSheets]);
      const before = await tx.practice.findMany({
        where: { id: { in: [...union] } },
        select: { id: true, version: true, updatedAt: true },
      });
      const revisions = await tx.practiceRevision.count();
      // A label no sheet text contains, so search can only find it through searchExtra.
      await updateTerm(tx, into.id, { label: "Zanzibarici ostinati", description: null });

      const result = await mergeTerms(tx, from.id, into.id);

      expect(result.practices).toBe(fromSheets.size);
      expect(result.moved).toBe([...fromSheets].filter((id) => !intoSheets.has(id)).length);
      expect(await tx.term.findUnique({ where: { id: from.id } })).toBeNull();
      expect(await sheetsOf(tx, into.id)).toEqual(union);
      const published = await publishedOf(tx, union);
      expect(await listed(tx, { area: into.slug })).toEqual(published);
      expect(await listed(tx, { q: "zanzibarici ostinati" })).toEqual(published);
      const after = await tx.practice.findMany({
        where: { id: { in: [...union] } },
        select: { id: true, version: true, updatedAt: true, searchExtra: true },
      });
      expect(
        after.map(({ id, version, updatedAt }) => ({ id, version, updatedAt })).sort((a, b) => a.id - b.id),
      ).toEqual(before.sort((a, b) => a.id - b.id));
      for (const practice of after) expect(practice.searchExtra).not.toContain(from.label);
      expect(await tx.practiceRevision.count()).toBe(revisions);
    });
  });

  it("refuses merging a value into itself or into another vocabulary", async () => {
    await rolledBack(async (tx) => {
      const area = await tx.term.findFirstOrThrow({ where: { vocabulary: "AREA" } });
      const channel = await tx.term.findFirstOrThrow({ where: { vocabulary: "CHANNEL" } });
      expect((await rejection(mergeTerms(tx, area.id, area.id))).field).toBe("into");
      expect((await rejection(mergeTerms(tx, area.id, channel.id))).message).toMatch(/stesso vocabolario/);
    });
  });
});

describe("updateTerm", () => {
  it("changes the label, never the slug, and refreshes the search text of its sheets", async () => {
    await rolledBack(async (tx) => {
      const term = await tx.term.findFirstOrThrow({
        where: { vocabulary: "TECHNOLOGY", practices: { some: { practice: { status: "PUBLISHED" } } } },
      });
      const { labelChanged, term: renamed } = await updateTerm(tx, term.id, {
        label: "Quokka digitali",
        description: "Prova",
      });
      expect(labelChanged).toBe(true);
      expect(renamed).toMatchObject({ slug: term.slug, label: "Quokka digitali", description: "Prova" });
      expect(await listed(tx, { q: "quokka digitali" })).toEqual(await publishedOf(tx, await sheetsOf(tx, term.id)));
    });
  });

  it("refuses a label that reads like another value of the vocabulary", async () => {
    await rolledBack(async (tx) => {
      const terms = await tx.term.findMany({ where: { vocabulary: "AREA" }, orderBy: { position: "asc" }, take: 2 });
      const [first, second] = [itemAt(terms, 0), itemAt(terms, 1)];
      const error = await rejection(
        updateTerm(tx, second.id, { label: ` ${first.label.toUpperCase()} `, description: null }),
      );
      expect(error.field).toBe("label");
      expect(error.message).toContain(first.label);
      // Its own label, differently written, is fine.
      await expect(
        updateTerm(tx, first.id, { label: first.label.toLowerCase(), description: null }),
      ).resolves.toBeTruthy();
    });
  });
});

describe("addTerm", () => {
  it("derives the slug from the label and puts the value last", async () => {
    await rolledBack(async (tx) => {
      const last = await tx.term.aggregate({ where: { vocabulary: "FUNDING" }, _max: { position: true } });
      const term = await addTerm(tx, "FUNDING", { label: "Fondi dell'Unione (React-EU)", description: null });
      expect(term).toMatchObject({
        vocabulary: "FUNDING",
        slug: "fondi-dell-unione-react-eu",
        position: (last._max.position ?? 0) + 1,
      });
    });
  });

  it("refuses duplicates by label or by slug, with a clear message", async () => {
    await rolledBack(async (tx) => {
      const anziani = await tx.term.findUniqueOrThrow({
        where: { vocabulary_slug: { vocabulary: "AREA", slug: "anziani" } },
      });
      for (const label of [anziani.label.toLowerCase(), "Anziani"]) {
        const error = await rejection(addTerm(tx, "AREA", { label, description: null }));
        expect(error.field).toBe("label");
        expect(error.message).toBe(
          `Esiste già la voce «${anziani.label}»: usa quella, oppure scegli un'etichetta diversa.`,
        );
      }
      expect((await rejection(addTerm(tx, "AREA", { label: "!!!", description: null }))).field).toBe("label");
      // The same label in another vocabulary is another value.
      await expect(addTerm(tx, "CHANNEL", { label: "Anziani", description: null })).resolves.toMatchObject({
        slug: "anziani",
      });
    });
  });
});

describe("deleteTerm", () => {
  it("deletes an unused value and refuses a used one", async () => {
    await rolledBack(async (tx) => {
      const unused = await addTerm(tx, "NETWORK", { label: "Rete di prova", description: null });
      await deleteTerm(tx, unused.id);
      expect(await tx.term.findUnique({ where: { id: unused.id } })).toBeNull();

      const used = await tx.term.findFirstOrThrow({
        where: { practices: { some: {} } },
        include: { _count: { select: { practices: true } } },
      });
      const error = await rejection(deleteTerm(tx, used.id));
      expect(error.message).toMatch(/uniscila a un'altra voce/);
      expect(await tx.practiceTerm.count({ where: { termId: used.id } })).toBe(used._count.practices);
    });
  });

  it("refuses a value only a published sheet's unpublished changes or a pending proposal name", async () => {
    await rolledBack(async (tx) => {
      const inDraft = await addTerm(tx, "NETWORK", { label: "Rete solo in bozza", description: null });
      const sheet = await tx.practice.findFirstOrThrow({
        where: { status: "PUBLISHED", draftVersion: null },
        include: practiceRelations,
        orderBy: { id: "asc" },
      });
      const draft = draftFromSnapshot(snapshotOf(sheet));
      const saved = await savePractice(
        tx,
        { ...draft, terms: { ...draft.terms, NETWORK: [...draft.terms.NETWORK, inDraft.slug] } },
        { userId: null, source: "FORM", asDraft: true },
        sheet.version,
      );
      expect(saved).toMatchObject({ outcome: "updated", draft: true });
      const error = await rejection(deleteTerm(tx, inDraft.id));
      expect(error.message).toBe(
        "La voce è usata dalle modifiche non pubblicate di una scheda: per toglierla, uniscila a un'altra voce.",
      );

      const inProposal = await addTerm(tx, "CHANNEL", { label: "Canale solo in una proposta", description: null });
      await tx.submission.create({
        data: {
          code: "VOC-PROPOSTA-IN-ATTESA",
          kind: "NEW_PRACTICE",
          tokenHash: "voc-proposta-in-attesa",
          payload: proposalPayload.write({ kind: "NEW_PRACTICE", values: { canali: [inProposal.slug] } }),
          title: "Una proposta in attesa",
          entityName: "Comune di Forlì",
          regionId: 8,
        },
      });
      expect((await rejection(deleteTerm(tx, inProposal.id))).message).toMatch(/una segnalazione da esaminare/);
      expect(await tx.term.count({ where: { id: { in: [inDraft.id, inProposal.id] } } })).toBe(2);
    });
  });

  it("refuses a value only an editor's autosaved form names, and deletes it once that form is gone", async () => {
    await rolledBack(async (tx) => {
      const inAutosave = await addTerm(tx, "TECHNOLOGY", { label: "Tecnologia solo in un modulo", description: null });
      const user = await tx.user.findFirstOrThrow({ orderBy: { id: "asc" } });
      const autosave = await tx.editorDraft.create({
        data: {
          userId: user.id,
          formKey: "modulo-di-prova",
          values: storedDraftValues.write({ values: { titolo: "Bozza", tecnologie: [inAutosave.slug] } }),
        },
      });
      expect((await rejection(deleteTerm(tx, inAutosave.id))).message).toBe(
        "La voce è usata da un modulo salvato in automatico: per toglierla, uniscila a un'altra voce.",
      );
      expect(await tx.term.count({ where: { id: inAutosave.id } })).toBe(1);

      await tx.editorDraft.delete({ where: { id: autosave.id } });
      await deleteTerm(tx, inAutosave.id);
      expect(await tx.term.count({ where: { id: inAutosave.id } })).toBe(0);
    });
  });
});
