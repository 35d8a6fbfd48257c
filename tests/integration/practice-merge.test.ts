import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  deleteEditorDraft,
  getEditorDraft,
  getNewSheetDrafts,
  NEW_SHEET_DRAFTS_KEPT,
  putEditorDraft,
} from "@/lib/drafts/queries";
import { draftFromSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import { saveMerging } from "@/lib/practices/save-merging";
import { snapshotOf } from "@/lib/practices/snapshot";
import { snapshotOfRevision } from "@/lib/practices/snapshot-json";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// Two editors save the same sheet from the same loaded version, on the real database: the
// second save keeps the first one's work, and only a field both changed asks for a choice.

const CODE = `MERGE-INT-${process.pid}`;
let practiceId: number;
let a: { userId: number; source: "FORM" };
let b: { userId: number; source: "FORM" };

async function current() {
  const practice = await db.practice.findUniqueOrThrow({ where: { id: practiceId }, include: practiceRelations });
  return { draft: draftFromSnapshot(snapshotOf(practice)), version: practice.version };
}

const edit = (draft: PracticeDraft, changes: Partial<PracticeDraft>, terms: Partial<PracticeDraft["terms"]> = {}) => ({
  ...draft,
  ...changes,
  terms: { ...draft.terms, ...terms },
});

beforeAll(async () => {
  const [editor, editor2, seeded] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } }),
    db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor2.email } }),
    db.practice.findFirstOrThrow({ include: practiceRelations, orderBy: { id: "asc" } }),
  ]);
  a = { userId: editor.id, source: "FORM" };
  b = { userId: editor2.id, source: "FORM" };
  // A draft sheet of its own, so no other test sees it in a listing or a count.
  const draft = { ...draftFromSnapshot(snapshotOf(seeded)), code: CODE, status: "DRAFT" as const };
  const created = await db.$transaction((tx) => savePractice(tx, draft, a));
  if (created.outcome === "conflict") throw new Error("unexpected");
  practiceId = created.practiceId;
});

afterAll(async () => {
  await db.practice.deleteMany({ where: { code: CODE } });
  await db.$disconnect();
});

describe("saving over a newer version", () => {
  it("merges what only the other person changed (issue 13: nothing of A's is reverted by B's save)", async () => {
    const { draft: loaded, version } = await current();
    const areas = await db.term.findMany({ where: { vocabulary: "AREA" }, orderBy: { id: "asc" } });
    const extraA = areas.find((t) => !loaded.terms.AREA.includes(t.slug))!.slug;
    const extraB = areas.filter((t) => !loaded.terms.AREA.includes(t.slug))[1]!.slug;

    const first = await saveMerging(
      edit(
        loaded,
        { summary: "Sintesi riscritta da A, con dettagli.", operatorsTotal: 40, operatorsStaff: 10 },
        {
          AREA: [...loaded.terms.AREA, extraA],
        },
      ),
      version,
      a,
      practiceId,
    );
    expect(first.outcome).toBe("saved");

    // B loaded the same version and changed other fields.
    const second = await saveMerging(
      edit(
        loaded,
        { innovation: "Innovazione scritta da B.", startDate: "2020-04-02" },
        {
          AREA: [...loaded.terms.AREA, extraB],
        },
      ),
      version,
      b,
      practiceId,
    );
    expect(second.outcome).toBe("saved");
    if (second.outcome !== "saved") return;
    expect(second.fromTheirs).toEqual(
      expect.arrayContaining(["summary", "operatorsTotal", "operatorsStaff", "terms.AREA"]),
    );

    const after = await current();
    expect(after.version).toBe(version + 2);
    expect(after.draft).toMatchObject({
      summary: "Sintesi riscritta da A, con dettagli.",
      operatorsTotal: 40,
      operatorsStaff: 10,
      innovation: "Innovazione scritta da B.",
      startDate: "2020-04-02",
    });
    expect(after.draft.terms.AREA).toEqual([...loaded.terms.AREA, extraA, extraB].sort());
    const revision = await db.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId, version: after.version } },
    });
    expect(revision.userId).toBe(b.userId);
    expect(snapshotOfRevision(revision).summary).toBe("Sintesi riscritta da A, con dettagli.");
  });

  it("hands back a field both changed, writing nothing until the editor chooses", async () => {
    const { draft: loaded, version } = await current();
    const firstSave = await saveMerging(
      edit(loaded, { title: "Titolo deciso da A", sustainability: "CONTINUA" }),
      version,
      a,
      practiceId,
    );
    expect(firstSave.outcome).toBe("saved");

    const mine = edit(loaded, { title: "Titolo proposto da B", feedback: "Riscontri di B." });
    const conflict = await saveMerging(mine, version, b, practiceId);
    expect(conflict.outcome).toBe("conflict");
    if (conflict.outcome !== "conflict") return;
    expect(conflict.conflicts).toEqual(["title"]);
    expect(conflict.theirsVersion).toBe(version + 1);
    expect(conflict.merged).toMatchObject({ title: "Titolo proposto da B", sustainability: "CONTINUA" });
    expect((await current()).version).toBe(version + 1);

    // B picks A's title: B's other change is saved, A's title and sustainability stay.
    const resolved = await saveMerging(conflict.merged, conflict.theirsVersion, b, practiceId, { title: "theirs" });
    expect(resolved.outcome).toBe("saved");
    expect((await current()).draft).toMatchObject({
      title: "Titolo deciso da A",
      sustainability: "CONTINUA",
      feedback: "Riscontri di B.",
    });
  });

  it("choosing mine keeps my value and still keeps their other changes", async () => {
    const { draft: loaded, version } = await current();
    await saveMerging(
      edit(loaded, { description: "Descrizione di A, abbastanza lunga.", fundingNote: "Nota di A." }),
      version,
      a,
      practiceId,
    );
    const conflict = await saveMerging(
      edit(loaded, { description: "Descrizione di B, anche questa lunga." }),
      version,
      b,
      practiceId,
    );
    if (conflict.outcome !== "conflict") throw new Error(`expected a conflict, got ${conflict.outcome}`);
    const resolved = await saveMerging(conflict.merged, conflict.theirsVersion, b, practiceId, { description: "mine" });
    expect(resolved.outcome).toBe("saved");
    expect((await current()).draft).toMatchObject({
      description: "Descrizione di B, anche questa lunga.",
      fundingNote: "Nota di A.",
    });
  });
});

describe("autosaved drafts", () => {
  it("keeps one draft per editor and sheet, replaced by each autosave, removed on request", async () => {
    await putEditorDraft(a.userId, practiceId, 3, { sintesi: "prima" });
    await putEditorDraft(a.userId, practiceId, 3, { sintesi: "seconda", aree_utenza: ["anziani"] });
    await putEditorDraft(b.userId, practiceId, 4, { sintesi: "di B" });
    expect(await getEditorDraft(a.userId, practiceId)).toMatchObject({
      baseVersion: 3,
      values: { sintesi: "seconda", aree_utenza: ["anziani"] },
    });
    expect(await db.editorDraft.count({ where: { practiceId } })).toBe(2);
    await deleteEditorDraft(a.userId, practiceId);
    expect(await getEditorDraft(a.userId, practiceId)).toBeNull();
    expect((await getEditorDraft(b.userId, practiceId))?.values).toEqual({ sintesi: "di B" });
  });

  it("keeps one draft per new-sheet form: two tabs of «Nuova scheda» do not overwrite or remove each other", async () => {
    await db.editorDraft.deleteMany({ where: { userId: a.userId, practiceId: null } });
    await putEditorDraft(a.userId, null, null, { titolo: "Scheda della prima scheda" }, "tab-uno");
    await putEditorDraft(a.userId, null, null, { titolo: "Scheda della seconda scheda" }, "tab-due");
    await putEditorDraft(a.userId, null, null, { titolo: "Prima scheda, più avanti" }, "tab-uno");
    expect((await getNewSheetDrafts(a.userId)).map((d) => [d.formKey, d.values.titolo])).toEqual([
      ["tab-uno", "Prima scheda, più avanti"],
      ["tab-due", "Scheda della seconda scheda"],
    ]);
    // The first tab is saved as a sheet: only its own draft goes.
    await deleteEditorDraft(a.userId, null, "tab-uno");
    expect((await getNewSheetDrafts(a.userId)).map((d) => d.formKey)).toEqual(["tab-due"]);

    for (let i = 0; i < NEW_SHEET_DRAFTS_KEPT + 3; i++) {
      await putEditorDraft(a.userId, null, null, { titolo: `Scheda ${i}` }, `tab-${i}`);
    }
    const kept = await getNewSheetDrafts(a.userId);
    expect(await db.editorDraft.count({ where: { userId: a.userId, practiceId: null } })).toBe(NEW_SHEET_DRAFTS_KEPT);
    expect(kept[0]?.formKey).toBe(`tab-${NEW_SHEET_DRAFTS_KEPT + 2}`);
    expect(kept.map((d) => d.formKey)).not.toContain("tab-due");
    await db.editorDraft.deleteMany({ where: { userId: a.userId, practiceId: null } });
  });
});
