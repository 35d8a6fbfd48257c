import { afterAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formValuesFromSnapshot, withMergedTermValues } from "@/lib/practices/form-values";
import { draftFromSnapshot, headSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { practiceInputSchema } from "@/lib/practices/practice-input";
import { publishDraft } from "@/lib/practices/publish";
import { readReference } from "@/lib/practices/reference-query";
import { snapshotOf } from "@/lib/practices/snapshot";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import type { Db } from "@/lib/prisma-client";
import { addTerm, mergeTerms } from "@/lib/vocabularies/term-changes";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// A value merged away lives on in what was written before the merge: a published sheet's pending
// draft, old versions, an autosaved form, a form still open. Each of them, used after the merge,
// gets the value it was merged into instead of losing it. In a transaction rolled back, as other
// tests count the seeded vocabulary.

type Tx = Prisma.TransactionClient;
const ROLLBACK = new Error("rollback");
const CODE = `MERGED-TERMS-${process.pid}`;

afterAll(async () => {
  await db.$disconnect();
});

it("a draft, an old version and a form written before a merge keep the merged value as the surviving one", async () => {
  try {
    await db.$transaction(
      async (tx) => {
        await mergedValueLivesOn(tx);
        throw ROLLBACK;
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
});

async function mergedValueLivesOn(tx: Tx) {
  const editor = await tx.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } });
  const form = { userId: editor.id, source: "FORM" as const, asDraft: true };
  const gone = await addTerm(tx, "AREA", { label: "Voce da unire nella prova", description: null });
  const kept = await addTerm(tx, "AREA", { label: "Voce che resta nella prova", description: null });
  const seeded = await tx.practice.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    include: practiceRelations,
    orderBy: { id: "asc" },
  });
  const base = draftFromSnapshot(snapshotOf(seeded));
  const published = { ...base, code: CODE, status: "PUBLISHED" as const, terms: { ...base.terms, AREA: [gone.slug] } };
  const created = await savePractice(tx, published, form);
  if (created.outcome === "conflict") throw new Error("unexpected conflict");
  const row = () => tx.practice.findUniqueOrThrow({ where: { id: created.practiceId }, include: practiceRelations });
  const areas = async () => (await row()).terms.filter((t) => t.term.vocabulary === "AREA").map((t) => t.term.slug);

  // A pending draft, and a form of the sheet as it was, both from before the merge.
  const pending = await savePractice(tx, { ...published, summary: "Bozza scritta prima dell'unione." }, form);
  if (pending.outcome === "conflict" || !pending.draft) throw new Error("expected a draft");
  const openForm = formValuesFromSnapshot(snapshotOf(await row()));
  expect(openForm.aree_utenza).toEqual([gone.slug]);

  await mergeTerms(tx, gone.id, kept.id);
  expect(await areas()).toEqual([kept.slug]);

  // The editors' head (the draft) shows the surviving value; publishing the draft keeps it.
  expect((await headSnapshot(tx, await row())).terms.AREA).toEqual([kept.slug]);
  const publication = await publishDraft(tx, created.practiceId, editor.id);
  expect(publication.outcome).toBe("published");
  expect(await areas()).toEqual([kept.slug]);
  expect((await row()).summary).toBe("Bozza scritta prima dell'unione.");

  // Restoring the first version (written with the merged value) keeps the surviving one.
  const first = await tx.practiceRevision.findFirstOrThrow({
    where: { practiceId: created.practiceId },
    orderBy: { version: "asc" },
  });
  expect(snapshotOfRevision(first).terms.AREA).toEqual([gone.slug]);
  const current = await row();
  const restored = await savePractice(tx, draftFromSnapshot(snapshotOfRevision(first)), form, current.version);
  if (restored.outcome === "conflict") throw new Error("unexpected conflict");
  expect((await headSnapshot(tx, await row())).terms.AREA).toEqual([kept.slug]);

  // The form open during the merge is saved, not refused for a value no longer in the list.
  const reference = await readReference(tx as unknown as Db);
  const parsed = practiceInputSchema(reference).safeParse(openForm);
  expect(parsed.error?.issues).toBeUndefined();
  expect(parsed.data?.terms.AREA).toEqual([kept.slug]);

  // An autosaved form offered back shows the surviving value ticked.
  expect(withMergedTermValues({ aree_utenza: [gone.slug, kept.slug] }, reference.aliases)).toEqual({
    aree_utenza: [kept.slug],
  });
}
