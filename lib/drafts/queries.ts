import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { storedDraftValues, type DraftValues } from "@/lib/drafts/draft-json";

// An editor's autosaved, unsaved form of one sheet (practiceId null: the new-sheet form).

type Client = Prisma.TransactionClient | typeof db;

export async function getEditorDraft(userId: number, practiceId: number | null) {
  const row = await db.editorDraft.findFirst({ where: { userId, practiceId }, orderBy: { updatedAt: "desc" } });
  if (!row) return null;
  const { values } = storedDraftValues.read(row.values, `EditorDraft ${row.id}, values`);
  return { values, baseVersion: row.baseVersion, savedAt: row.updatedAt.toISOString() };
}

export async function putEditorDraft(
  userId: number,
  practiceId: number | null,
  baseVersion: number | null,
  values: DraftValues,
) {
  const data = { baseVersion, values: storedDraftValues.write({ values }) as Prisma.InputJsonValue };
  return db.$transaction(async (tx) => {
    const existing = await tx.editorDraft.findFirst({ where: { userId, practiceId }, select: { id: true } });
    const row = existing
      ? await tx.editorDraft.update({ where: { id: existing.id }, data })
      : await tx.editorDraft.create({ data: { ...data, userId, practiceId } });
    return row.updatedAt;
  });
}

export function deleteEditorDraft(userId: number, practiceId: number | null, client: Client = db) {
  return client.editorDraft.deleteMany({ where: { userId, practiceId } });
}
