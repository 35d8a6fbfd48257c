import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewUpdates } from "@/lib/import/review";
import { draftFromSnapshot, practiceRelations } from "@/lib/practices/mutations";
import { snapshotOf, type PracticeSnapshot } from "@/lib/practices/snapshot";

// An import of a published sheet goes live and sets its unpublished changes aside (they stay in
// the history): the preview says so, and the row needs the editor's tick like any flagged row.

afterAll(() => db.$disconnect());

it("flags an update of a sheet with unpublished changes, and only such a sheet", async () => {
  const practice = await db.practice.findFirstOrThrow({ include: practiceRelations, orderBy: { id: "asc" } });
  const before = snapshotOf(practice);
  const after = { ...before, title: `${before.title} (dal file)` };
  const row = { row: 1, draft: draftFromSnapshot(after), stamp: { version: practice.version } };
  const update = { practiceId: practice.id, version: practice.version, updatedAt: practice.updatedAt, before, after };

  const reviews = await db.$transaction((tx) =>
    reviewUpdates(tx, [
      { row, update: { ...update, draftVersion: practice.version } },
      { row: { ...row, row: 2 }, update: { ...update, draftVersion: null } },
    ]),
  );
  expect(reviews.get(1)?.flags).toEqual([
    {
      kind: "draft",
      message: `La scheda ha modifiche non pubblicate (versione ${practice.version}): l'importazione le mette da parte (restano nello Storico).`,
    },
  ]);
  expect(reviews.get(2)?.flags).toEqual([]);
});

it("flags a known «sostenibilità» replaced by «non noto», which is what an empty cell reads", async () => {
  const practice = await db.practice.findFirstOrThrow({ include: practiceRelations, orderBy: { id: "asc" } });
  const before: PracticeSnapshot = { ...snapshotOf(practice), sustainability: "CONTINUA" };
  const update = (after: PracticeSnapshot) => ({
    row: { row: 1, draft: draftFromSnapshot(after), stamp: { version: practice.version } },
    update: {
      practiceId: practice.id,
      version: practice.version,
      updatedAt: practice.updatedAt,
      draftVersion: null,
      before,
      after,
    },
  });
  const [cleared, answered] = [
    update({ ...before, sustainability: "NON_NOTO" }),
    update({ ...before, sustainability: "TERMINA" }),
  ];
  const reviews = await db.$transaction((tx) =>
    reviewUpdates(tx, [cleared, { ...answered, row: { ...answered.row, row: 2 } }]),
  );
  expect(reviews.get(1)?.flags).toEqual([{ kind: "cleared", message: "Valori cancellati: Sostenibilità." }]);
  expect(reviews.get(2)?.flags).toEqual([]);
});
