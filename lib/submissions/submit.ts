import { hashToken } from "@/lib/auth/session-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PracticeDraft } from "@/lib/practices/practice-input";
import type { FormValues } from "@/lib/practices/form-values";
import type { SubmissionKind } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/prisma-client";
import { newSubmissionCode } from "@/lib/submissions/code";
import { exceededLimit } from "@/lib/submissions/limit-checks";
import type { LimitScope } from "@/lib/submissions/limits";
import { proposalPayload } from "@/lib/submissions/payload";
import type { Submitter } from "@/lib/submissions/proposal-input";

// Writing a public submission: one transaction that either writes the row or nothing. It holds
// an advisory lock so simultaneous submissions are counted one after the other (forty at once
// cannot all slip under a limit), finds an earlier submission of the same form (its token) and
// answers with it instead of writing a second, then checks the limits (lib/submissions/limit-checks.ts).

const SUBMISSION_LOCK = 72_040_401;
const TRANSACTION_WAIT = { maxWait: 10_000, timeout: 15_000 };

export type NewProposal = {
  token: string;
  draft: PracticeDraft;
  sheetValues: FormValues;
  submitter: Submitter;
  clientAddress: string | null;
  /** The solved challenge's id, or null when sent without JavaScript (flagged). */
  challengeId: string | null;
};

export type SubmitOutcome =
  | { outcome: "created" | "existing"; code: string; id: number }
  | { outcome: "limited"; scope: LimitScope }
  | { outcome: "challenge-reused" };

export async function recordProposal(client: Db, input: NewProposal, now = new Date()): Promise<SubmitOutcome> {
  const entity = input.draft.entity;
  if ("id" in entity) throw new Error("A public proposal names its entity, it does not pick one.");
  return recordSubmission(
    client,
    {
      token: input.token,
      kind: "NEW_PRACTICE",
      values: input.sheetValues,
      title: input.draft.title,
      entity,
      practiceId: null,
      submitter: input.submitter,
      clientAddress: input.clientAddress,
      challengeId: input.challengeId,
    },
    now,
  );
}

/** Any kind of public submission, with the checks every kind shares (token, limits, challenge). */
export type NewSubmission = {
  token: string;
  kind: SubmissionKind;
  /** The form's validated values, as the moderation page reads them back. */
  values: FormValues;
  title: string;
  entity: { name: string; istatCode: string | null; regionId: number };
  /** The sheet a replication or a follow-up concerns. */
  practiceId: number | null;
  submitter: Submitter;
  clientAddress: string | null;
  challengeId: string | null;
};

export async function recordSubmission(client: Db, input: NewSubmission, now = new Date()): Promise<SubmitOutcome> {
  const tokenHash = hashToken(input.token);
  const entity = input.entity;
  return client.$transaction(async (tx): Promise<SubmitOutcome> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SUBMISSION_LOCK}::int, 0)`;
    const earlier = await tx.submission.findUnique({ where: { tokenHash }, select: { code: true, id: true } });
    if (earlier) return { outcome: "existing", code: earlier.code, id: earlier.id };

    const limited = await exceededLimit(
      tx,
      { entity, clientAddress: input.clientAddress, flagged: input.challengeId === null },
      now,
    );
    if (limited) return { outcome: "limited", scope: limited };

    if (input.challengeId) {
      const used = await tx.submission.findUnique({
        where: { challengeSignature: input.challengeId },
        select: { id: true },
      });
      if (used) return { outcome: "challenge-reused" };
    }

    const code = newSubmissionCode();
    const { id } = await tx.submission.create({
      select: { id: true },
      data: {
        code,
        kind: input.kind,
        tokenHash,
        payload: proposalPayload.write({ kind: input.kind, values: input.values }) as Prisma.InputJsonValue,
        title: input.title,
        practiceId: input.practiceId,
        entityName: entity.name,
        entityIstatCode: entity.istatCode,
        regionId: entity.regionId,
        submitterName: input.submitter.name,
        submitterRole: input.submitter.role,
        submitterEmail: input.submitter.email,
        submitterEntity: input.submitter.entity,
        clientAddress: input.clientAddress,
        flagged: input.challengeId === null,
        challengeSignature: input.challengeId,
        createdAt: now,
      },
    });
    return { outcome: "created", code, id };
  }, TRANSACTION_WAIT);
}
