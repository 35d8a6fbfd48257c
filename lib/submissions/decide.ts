import { auditPracticeSave } from "@/lib/audit/practice-save";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { CodeTakenMeanwhile, createUnlessCodeTaken, practiceWithCode } from "@/lib/practices/practice-code";
import { savePractice, type SaveOutcome } from "@/lib/practices/mutations";
import type { PracticeDraft } from "@/lib/practices/practice-input";

// An editor's decision on a submission, recorded with who and when. Publishing writes a real
// sheet through the same path as every edit (savePractice: a revision, source SUBMISSION) and
// links the submission to it, in one transaction.

export type DecisionOutcome =
  | { outcome: "published"; practice: Exclude<SaveOutcome, { outcome: "conflict" }> }
  | { outcome: "rejected" }
  | { outcome: "already-decided" }
  | { outcome: "code-taken" }
  | { outcome: "not-found" };

async function lockPending(tx: Prisma.TransactionClient, id: number) {
  const [row] = await tx.$queryRaw<{ status: string; code: string; title: string }[]>`
    SELECT "status"::text AS "status", "code", "title" FROM "Submission" WHERE "id" = ${id} FOR UPDATE`;
  if (!row) return { state: "not-found" as const };
  const pending = row.status === "RECEIVED" || row.status === "IN_REVIEW";
  return { state: pending ? ("pending" as const) : ("already-decided" as const), label: `${row.code} — ${row.title}` };
}

export async function publishSubmission(
  client: Db,
  id: number,
  draft: PracticeDraft,
  userId: number,
  now = new Date(),
): Promise<DecisionOutcome> {
  // Another sheet taking the code after the check is said as such, never an error page, and
  // never an update of that sheet.
  return createUnlessCodeTaken(client, draft.code, () => publishPending(client, id, draft, userId, now));
}

function publishPending(client: Db, id: number, draft: PracticeDraft, userId: number, now: Date) {
  return client.$transaction(async (tx): Promise<DecisionOutcome> => {
    const { state, label } = await lockPending(tx, id);
    if (state !== "pending") return { outcome: state };
    if (await practiceWithCode(tx, draft.code)) {
      return { outcome: "code-taken" };
    }
    const saved = await savePractice(tx, { ...draft, status: "PUBLISHED" }, { userId, source: "SUBMISSION" });
    if (saved.outcome !== "created") throw new CodeTakenMeanwhile();
    await auditPracticeSave(tx, userId, saved);
    await recordAudit(tx, {
      actorId: userId,
      action: "submission.publish",
      target: { type: "submission", id, label },
      practiceIds: [saved.practiceId],
    });
    await tx.submission.update({
      where: { id },
      data: { status: "PUBLISHED", practiceId: saved.practiceId, decidedById: userId, decidedAt: now },
    });
    return { outcome: "published", practice: saved };
  });
}

export async function rejectSubmission(
  client: Db,
  id: number,
  reason: string,
  userId: number,
  now = new Date(),
): Promise<DecisionOutcome> {
  return client.$transaction(async (tx): Promise<DecisionOutcome> => {
    const { state, label } = await lockPending(tx, id);
    if (state !== "pending") return { outcome: state };
    await recordAudit(tx, {
      actorId: userId,
      action: "submission.reject",
      target: { type: "submission", id, label },
      changes: { note: reason },
    });
    await tx.submission.update({
      where: { id },
      data: { status: "REJECTED", rejectionReason: reason, decidedById: userId, decidedAt: now },
    });
    return { outcome: "rejected" };
  });
}
