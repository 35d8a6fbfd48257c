import { KNOWN_ADDRESS_MS, THROTTLE_WINDOW_MS } from "@/lib/auth/rate-limit";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { FORM_REPLY_TTL_MS } from "@/lib/forms/form-replies";
import { PERSONAL_DATA_RETENTION_MS } from "@/lib/submissions/limits";

// Rows that only serve for a while are deleted once they can no longer matter: ended sessions
// (each is a credential until deleted), sign-in attempts past the windows that read them (they
// hold e-mail and IP addresses), and imports that were never committed (their payload is the
// whole uploaded file), and invitation or reset links past their expiry. Committed imports stay:
// the sheets' history points to them. Public submissions keep their content, but their sender's
// personal data (name, role, e-mail, entity, address) is erased 90 days after the decision, as the
// form's privacy notice says; a refused form's values kept for its page go after an hour.

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION = {
  failedAttempts: THROTTLE_WINDOW_MS,
  successfulAttempts: KNOWN_ADDRESS_MS,
  importPreviews: 7 * DAY_MS,
  /** "Sta modificando anche" reads the last 2 minutes: older heartbeats serve nothing. */
  editPresence: DAY_MS,
  failedImports: 30 * DAY_MS,
  submitterData: PERSONAL_DATA_RETENTION_MS,
  /** A refused form's values, kept for the page a send without JavaScript comes back to. */
  formReplies: FORM_REPLY_TTL_MS,
};

// One instance prunes at a time; the others skip that round.
const HOUSEKEEPING_LOCK = 72_040_301;

type Tx = Prisma.TransactionClient;

async function prune(tx: Tx, now: Date) {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const sessions = await tx.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { createdAt: { lte: before(SESSION_ABSOLUTE_MS) } }] },
  });
  const attempts = await tx.loginAttempt.deleteMany({
    where: {
      OR: [
        { success: true, createdAt: { lt: before(RETENTION.successfulAttempts) } },
        { success: false, createdAt: { lt: before(RETENTION.failedAttempts) } },
        { success: null, createdAt: { lt: before(RETENTION.failedAttempts) } },
      ],
    },
  });
  const imports = await tx.importJob.deleteMany({
    where: {
      revisions: { none: {} },
      OR: [
        { status: "PREVIEW", createdAt: { lt: before(RETENTION.importPreviews) } },
        { status: "FAILED", createdAt: { lt: before(RETENTION.failedImports) } },
      ],
    },
  });
  const tokens = await tx.accountToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const presence = await tx.editPresence.deleteMany({ where: { seenAt: { lt: before(RETENTION.editPresence) } } });
  const submitters = await tx.submission.updateMany({
    where: { personalDataErasedAt: null, decidedAt: { lt: before(RETENTION.submitterData) } },
    data: {
      submitterName: null,
      submitterRole: null,
      submitterEmail: null,
      submitterEntity: null,
      clientAddress: null,
      personalDataErasedAt: now,
    },
  });
  const replies = await tx.formReply.deleteMany({ where: { createdAt: { lt: before(RETENTION.formReplies) } } });
  return {
    sessions: sessions.count,
    loginAttempts: attempts.count,
    importJobs: imports.count,
    accountTokens: tokens.count,
    editPresence: presence.count,
    submitters: submitters.count,
    formReplies: replies.count,
  };
}

export function pruneExpired(client: Db, now = new Date()) {
  return client.$transaction((tx) => prune(tx, now));
}

/** pruneExpired unless another process is at it right now (then null). */
export function pruneIfFirst(client: Db, now = new Date()) {
  return client.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(${HOUSEKEEPING_LOCK}::bigint) AS locked`;
    return row?.locked ? prune(tx, now) : null;
  });
}
