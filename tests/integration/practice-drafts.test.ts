import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { analyseImport, saveImportJob } from "@/lib/import/analyse";
import { commitImportJob, flaggedRows } from "@/lib/import/apply";
import { setStatusInBulk } from "@/lib/practices/bulk";
import { draftFromSnapshot, headSnapshot, practiceRelations, savePractice } from "@/lib/practices/mutations";
import { formValuesFromSnapshot } from "@/lib/practices/form-values";
import { practiceInputSchema, type PracticeDraft } from "@/lib/practices/practice-input";
import { loadReference } from "@/lib/practices/reference";
import { publishDraft, publishDueDrafts, schedulePublication } from "@/lib/practices/publish";
import { getPublishedPracticeBySlug } from "@/lib/practices/queries";
import { getEditingHead } from "@/lib/practices/admin-queries";
import { saveMerging } from "@/lib/practices/save-merging";
import { snapshotOf } from "@/lib/practices/snapshot";
import { ACCOUNTS } from "@/tests/e2e/support/accounts";

// Issue 13 item 4, on the real database: an edit of a published sheet is a draft revision; the
// row every public read uses keeps the published content until the draft is published, by hand or
// at its scheduled time (a clock the test controls); imports and other live writes set it aside.

const CODE = `DRAFTS-INT-${process.pid}`;
let practiceId: number;
let slug: string;
let editorId: number;
let form: { userId: number; source: "FORM"; asDraft: true };

async function row() {
  return db.practice.findUniqueOrThrow({ where: { id: practiceId }, include: practiceRelations });
}

async function head() {
  const practice = await row();
  return { draft: draftFromSnapshot(await headSnapshot(db, practice)), version: practice.version, practice };
}

/**
 * The published sheet as an import file's row (the form's names are the import's columns, the
 * entity by name) with its funding note changed, previewed; the row over a pending draft is
 * flagged and must be confirmed.
 */
async function previewPublishedWith(fundingNote: string) {
  const { practice } = await head();
  const { ente_id: _byId, ...published } = formValuesFromSnapshot(snapshotOf(practice));
  const rowOfFile = {
    ...published,
    ente_nome: practice.entity.name,
    ente_tipo: practice.entity.kind.toLowerCase(),
    ente_codice_istat: practice.entity.istatCode ?? "",
    regione: practice.entity.region.slug,
    note_finanziamento: fundingNote,
  };
  const file = { name: "schede.json", bytes: new TextEncoder().encode(JSON.stringify([rowOfFile])) };
  const analysis = await analyseImport(db, await loadReference(), file);
  expect(analysis.summary.problems.map((problem) => problem.message)).toEqual([]);
  const job = await saveImportJob(db, analysis, null);
  const flagged = flaggedRows(analysis.summary.rows).map((r) => r.row);
  expect(flagged).toEqual([1]);
  return { job, flagged };
}

async function saveDraft(changes: Partial<PracticeDraft>) {
  const { draft, version } = await head();
  const result = await saveMerging({ ...draft, ...changes }, version, form, practiceId);
  if (result.outcome !== "saved") throw new Error(`unexpected ${result.outcome}`);
  return result.save;
}

beforeAll(async () => {
  const [editor, seeded] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.editor.email } }),
    db.practice.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      include: practiceRelations,
      orderBy: { id: "asc" },
    }),
  ]);
  editorId = editor.id;
  form = { userId: editor.id, source: "FORM", asDraft: true };
  const published = {
    ...draftFromSnapshot(snapshotOf(seeded)),
    code: CODE,
    title: `Scheda pubblicata ${CODE}`,
    status: "PUBLISHED" as const,
  };
  const created = await db.$transaction((tx) => savePractice(tx, published, form));
  if (created.outcome === "conflict") throw new Error("unexpected");
  practiceId = created.practiceId;
  slug = created.slug;
});

afterAll(async () => {
  await db.practice.deleteMany({ where: { code: CODE } });
  await db.$disconnect();
});

describe("drafts of published sheets", () => {
  it("saves an edit as a draft revision: the public read is unchanged, the editors' head is the draft", async () => {
    const before = await row();
    const saved = await saveDraft({ summary: "Sintesi riscritta, non ancora pubblicata." });
    expect(saved).toMatchObject({ outcome: "updated", draft: true, version: before.version + 1 });

    const after = await row();
    expect(after.summary).toBe(before.summary);
    expect(after.updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
    expect(after.draftVersion).toBe(before.version + 1);
    expect((await getPublishedPracticeBySlug(slug))?.summary).toBe(before.summary);
    expect((await head()).draft.summary).toBe("Sintesi riscritta, non ancora pubblicata.");
    const revision = await db.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId, version: saved.version } },
    });
    expect(revision.draft).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { targetId: String(practiceId) },
      orderBy: { id: "desc" },
    });
    expect(audit.action).toBe("practice.draft");
  });

  it("a form sent back unchanged over a draft writes nothing (the draft's stored key order does not count)", async () => {
    const { practice } = await head();
    const values = formValuesFromSnapshot(await headSnapshot(db, practice));
    const parsed = practiceInputSchema(await loadReference()).parse(values);
    const result = await saveMerging(parsed, practice.version, form, practiceId);
    expect(result.outcome === "saved" && result.save).toMatchObject({ outcome: "unchanged", draft: true });
    expect((await row()).version).toBe(practice.version);
  });

  it("merges a second editor's stale save into the draft, not into the published sheet", async () => {
    const { draft: loaded, version } = await head();
    await saveDraft({ innovation: "Innovazione scritta da A." });
    const result = await saveMerging({ ...loaded, feedback: "Riscontri scritti da B." }, version, form, practiceId);
    expect(result.outcome).toBe("saved");
    const { draft } = await head();
    expect(draft.innovation).toBe("Innovazione scritta da A.");
    expect(draft.feedback).toBe("Riscontri scritti da B.");
    expect(draft.summary).toBe("Sintesi riscritta, non ancora pubblicata.");
    expect((await row()).innovation).not.toBe("Innovazione scritta da A.");
  });

  it("publishes the draft it was asked to, once, and refuses a stale one", async () => {
    const { version } = await head();
    expect(await db.$transaction((tx) => publishDraft(tx, practiceId, editorId, version - 1))).toMatchObject({
      outcome: "stale",
    });
    const published = await db.$transaction((tx) => publishDraft(tx, practiceId, editorId, version));
    expect(published).toMatchObject({ outcome: "published", version });
    const after = await row();
    expect(after).toMatchObject({
      summary: "Sintesi riscritta, non ancora pubblicata.",
      feedback: "Riscontri scritti da B.",
      version,
      draftVersion: null,
    });
    expect((await getPublishedPracticeBySlug(slug))?.summary).toBe("Sintesi riscritta, non ancora pubblicata.");
    const revision = await db.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId, version } },
    });
    expect(revision.draft).toBe(false);
    expect(await db.$transaction((tx) => publishDraft(tx, practiceId, editorId, version))).toMatchObject({
      outcome: "nothing",
    });
  });

  it("publishes a scheduled draft when its time comes, not before, and only once across concurrent runs", async () => {
    await saveDraft({ title: `Titolo programmato ${CODE}` });
    const { version } = await head();
    const at = new Date("2031-03-30T08:00:00Z");
    expect(await db.$transaction((tx) => schedulePublication(tx, practiceId, version, at, editorId))).toBe(true);

    expect(await publishDueDrafts(db, new Date("2031-03-30T07:59:00Z"))).toEqual([]);
    expect((await row()).title).toBe(`Scheda pubblicata ${CODE}`);

    const due = new Date("2031-03-30T08:00:30Z");
    const runs = await Promise.all([publishDueDrafts(db, due), publishDueDrafts(db, due), publishDueDrafts(db, due)]);
    expect(runs.flat().filter((p) => p.practiceId === practiceId)).toHaveLength(1);
    expect(await row()).toMatchObject({ title: `Titolo programmato ${CODE}`, draftVersion: null, publishAt: null });
    const events = await db.auditEvent.findMany({
      where: { targetId: String(practiceId), action: "practice.publish" },
    });
    expect(events.map((e) => e.actorId)).toContain(null);
  });

  it("a newer draft cancels the publication scheduled for the earlier one, and says so", async () => {
    await saveDraft({ title: `Titolo da programmare ${CODE}` });
    const { version } = await head();
    const at = new Date("2031-03-31T08:00:00Z");
    expect(await db.$transaction((tx) => schedulePublication(tx, practiceId, version, at, editorId))).toBe(true);

    const later = await saveDraft({ summary: `Sintesi scritta dopo la programmazione ${CODE}` });
    expect(later).toMatchObject({ outcome: "updated", draft: true, unscheduled: true });
    expect((await row()).publishAt).toBeNull();
    expect(await publishDueDrafts(db, new Date("2031-03-31T08:00:30Z"))).toEqual([]);
    expect((await row()).title).toBe(`Titolo programmato ${CODE}`);
    expect((await saveDraft({ summary: `Ancora una sintesi ${CODE}` })).unscheduled).toBe(false);
  });

  it("refuses to schedule a draft that changed since the editor saw it", async () => {
    await saveDraft({ innovation: "Ancora un'altra modifica." });
    const { version } = await head();
    const later = new Date("2031-04-01T08:00:00Z");
    expect(await db.$transaction((tx) => schedulePublication(tx, practiceId, version - 1, later, editorId))).toBe(
      false,
    );
    expect((await row()).publishAt).toBeNull();
  });

  it("bulk 'Pubblica' confirmed on a page older than the last save publishes nothing, and says to reload", async () => {
    const { version: seen } = await head();
    await saveDraft({ innovation: "Modifica salvata dopo l'apertura della conferma." });
    const published = await getPublishedPracticeBySlug(slug);
    await expect(
      db.$transaction((tx) => setStatusInBulk(tx, [practiceId], "pubblica", editorId, new Map([[practiceId, seen]]))),
    ).rejects.toThrow(/modificata da un'altra persona.*Ricarica la pagina/);
    expect((await row()).draftVersion).not.toBeNull();
    expect((await getPublishedPracticeBySlug(slug))?.innovation).toBe(published?.innovation);
  });

  it("bulk 'Pubblica' publishes a published sheet's pending changes", async () => {
    expect((await row()).draftVersion).not.toBeNull();
    const result = await db.$transaction((tx) => setStatusInBulk(tx, [practiceId], "pubblica", editorId));
    expect(result.changed.map((c) => c.id)).toEqual([practiceId]);
    expect(await row()).toMatchObject({
      innovation: "Modifica salvata dopo l'apertura della conferma.",
      draftVersion: null,
    });
  });

  it("a live write (as imports do) goes live and sets the pending draft aside, which stays in the history", async () => {
    const saved = await saveDraft({ summary: "Bozza che un'importazione supera." });
    const { practice } = await head();
    const imported = { ...draftFromSnapshot(snapshotOf(practice)), fundingNote: "Dal file importato." };
    const outcome = await db.$transaction((tx) =>
      savePractice(tx, imported, { userId: null, source: "IMPORT" }, practice.version),
    );
    expect(outcome).toMatchObject({ outcome: "updated" });
    expect(await row()).toMatchObject({ fundingNote: "Dal file importato.", draftVersion: null });
    expect((await row()).summary).not.toBe("Bozza che un'importazione supera.");
    const kept = await db.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId, version: saved.version } },
    });
    expect(kept.draft).toBe(true);
    // The sheet's editors are told, with the draft's version and author, until the next write.
    const setAside = (await getEditingHead(await row())).setAside;
    expect(setAside).toMatchObject({ version: saved.version, by: ACCOUNTS.editor.name, byImport: true });
    await saveDraft({ summary: "Una modifica successiva." });
    expect((await getEditingHead(await row())).setAside).toBeNull();
  });

  it("an import file's commit (the batch path) sets the pending draft aside and records it the same way", async () => {
    const saved = await saveDraft({ summary: "Bozza che un file importato supera." });
    const { job, flagged } = await previewPublishedWith("Dal file caricato.");
    await commitImportJob(db, job.id, editorId, flagged);

    const current = await row();
    expect(current).toMatchObject({ fundingNote: "Dal file caricato.", draftVersion: null });
    const live = await db.practiceRevision.findUniqueOrThrow({
      where: { practiceId_version: { practiceId, version: current.version } },
    });
    expect(live).toMatchObject({ source: "IMPORT", importJobId: job.id, setAsideVersion: saved.version });
    expect((await getEditingHead(current)).setAside).toMatchObject({
      version: saved.version,
      by: ACCOUNTS.editor.name,
      byImport: true,
    });
  });

  it("an import previewed before the pending draft was published is refused, not reverting the publication", async () => {
    await saveDraft({ summary: "Bozza pubblicata tra l'anteprima e l'importazione." });
    const { job, flagged } = await previewPublishedWith("Dal file, anteprima prima della pubblicazione.");
    expect(await db.$transaction((tx) => publishDraft(tx, practiceId, editorId))).toMatchObject({
      outcome: "published",
    });
    await expect(commitImportJob(db, job.id, editorId, flagged)).rejects.toThrow(
      /Il catalogo è cambiato dopo l'anteprima \(a partire dalla riga 1\)/,
    );
    expect(await row()).toMatchObject({
      summary: "Bozza pubblicata tra l'anteprima e l'importazione.",
      draftVersion: null,
    });
  });

  it("a form still open on a draft an import set aside keeps the draft's changes and the import's", async () => {
    const saved = await saveDraft({ replicationAdvice: "Consiglio scritto nella bozza." });
    const { draft: openForm, practice } = await head();
    expect(openForm.replicationAdvice).toBe("Consiglio scritto nella bozza.");
    const imported = { ...draftFromSnapshot(snapshotOf(practice)), difficulties: "Difficoltà dal file importato." };
    const live = await db.$transaction((tx) =>
      savePractice(tx, imported, { userId: null, source: "IMPORT" }, practice.version),
    );
    expect(live).toMatchObject({ outcome: "updated" });

    // The editor, who never saw the import, saves the form loaded at the draft's version.
    const result = await saveMerging(
      { ...openForm, feedback: "Riscontro aggiunto dopo." },
      saved.version,
      form,
      practiceId,
    );
    if (result.outcome !== "saved") throw new Error(`unexpected ${result.outcome}`);
    expect(result.fromTheirs).toEqual(["difficulties"]);
    expect((await head()).draft).toMatchObject({
      replicationAdvice: "Consiglio scritto nella bozza.",
      feedback: "Riscontro aggiunto dopo.",
      difficulties: "Difficoltà dal file importato.",
    });
  });

  it("a save that archives a published sheet takes it offline at once, pending draft included", async () => {
    await saveDraft({ summary: "Bozza in sospeso prima dell'archiviazione." });
    const saved = await saveDraft({ status: "ARCHIVED", innovation: "Archiviata dal modulo." });
    expect(saved).toMatchObject({ outcome: "updated" });
    expect(saved.draft).toBeFalsy();
    expect(await row()).toMatchObject({
      status: "ARCHIVED",
      summary: "Bozza in sospeso prima dell'archiviazione.",
      innovation: "Archiviata dal modulo.",
      draftVersion: null,
    });
    expect(await getPublishedPracticeBySlug(slug)).toBeNull();
    await db.$transaction((tx) => setStatusInBulk(tx, [practiceId], "pubblica", editorId));
    const backToDraft = await saveDraft({ status: "DRAFT" });
    expect(backToDraft.draft).toBeFalsy();
    expect(await row()).toMatchObject({ status: "DRAFT", draftVersion: null });
    expect(await getPublishedPracticeBySlug(slug)).toBeNull();
  });

  it("a sheet that is not published saves as before, live", async () => {
    await db.$transaction((tx) => setStatusInBulk(tx, [practiceId], "archivia", editorId));
    const saved = await saveDraft({ summary: "Modifica di una scheda archiviata." });
    expect(saved.draft).toBeFalsy();
    expect(await row()).toMatchObject({ summary: "Modifica di una scheda archiviata.", draftVersion: null });
  });
});
