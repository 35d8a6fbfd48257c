import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { storedDraftValues, type DraftValues } from "@/lib/drafts/draft-json";

// An editor's autosaved, unsaved form of one sheet (practiceId null: a new-sheet form). Each
// new-sheet form has a key of its own, so two tabs of "Nuova scheda" keep two drafts.

type Client = Prisma.TransactionClient | typeof db;

/** Beyond these, an editor's oldest new-sheet drafts give way (each form keeps its own). */
export const NEW_SHEET_DRAFTS_KEPT = 20;

export type EditorDraftRow = { values: DraftValues; baseVersion: number | null; savedAt: string; formKey: string };

function readRow(row: {
  id: number;
  values: Prisma.JsonValue;
  baseVersion: number | null;
  updatedAt: Date;
  formKey: string;
}) {
  const { values } = storedDraftValues.read(row.values, `EditorDraft ${row.id}, values`);
  return { values, baseVersion: row.baseVersion, savedAt: row.updatedAt.toISOString(), formKey: row.formKey };
}

export async function getEditorDraft(userId: number, practiceId: number): Promise<EditorDraftRow | null> {
  const row = await db.editorDraft.findFirst({ where: { userId, practiceId }, orderBy: { updatedAt: "desc" } });
  return row ? readRow(row) : null;
}

/** This editor's drafts of sheets not created yet, newest first. */
export async function getNewSheetDrafts(userId: number): Promise<EditorDraftRow[]> {
  const rows = await db.editorDraft.findMany({
    where: { userId, practiceId: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: NEW_SHEET_DRAFTS_KEPT,
  });
  return rows.map(readRow);
}

export async function putEditorDraft(
  userId: number,
  practiceId: number | null,
  baseVersion: number | null,
  values: DraftValues,
  formKey = "",
) {
  const data = { baseVersion, values: storedDraftValues.write({ values }) as Prisma.InputJsonValue };
  const where = { userId, practiceId, formKey: practiceId === null ? formKey : "" };
  return db.$transaction(async (tx) => {
    const existing = await tx.editorDraft.findFirst({ where, select: { id: true } });
    const row = existing
      ? await tx.editorDraft.update({ where: { id: existing.id }, data })
      : await tx.editorDraft.create({ data: { ...data, ...where } });
    if (!existing && practiceId === null) await dropOldestNewSheetDrafts(tx, userId);
    return row.updatedAt;
  });
}

async function dropOldestNewSheetDrafts(tx: Prisma.TransactionClient, userId: number) {
  const beyond = await tx.editorDraft.findMany({
    where: { userId, practiceId: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: NEW_SHEET_DRAFTS_KEPT,
    select: { id: true },
  });
  if (beyond.length) await tx.editorDraft.deleteMany({ where: { id: { in: beyond.map((row) => row.id) } } });
}

/** The draft of a sheet's form, or of one new-sheet form (its key). */
export function deleteEditorDraft(userId: number, practiceId: number | null, formKey = "", client: Client = db) {
  return client.editorDraft.deleteMany({
    where: { userId, practiceId, formKey: practiceId === null ? formKey : "" },
  });
}
