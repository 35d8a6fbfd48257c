// How much the public form accepts, and what it answers past each limit. Counted in the
// database inside the submission's own transaction (lib/submissions/submit.ts), so they hold
// across processes and instances.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const SUBMISSION_LIMITS = {
  /** Submissions from one client address (lib/auth/client-address.ts) per hour. */
  perAddressPerHour: 5,
  /** Submissions naming the same entity (ISTAT code, or name + region) per day. */
  perEntityPerDay: 3,
  /** Submissions still waiting for a decision, received in the last hour, from everyone. */
  pendingPerHour: 60,
} as const;

export const LIMIT_WINDOWS = { address: HOUR_MS, entity: DAY_MS, pending: HOUR_MS } as const;

export const LIMIT_MESSAGES = {
  address: "Da questo indirizzo sono arrivate troppe segnalazioni nell'ultima ora. Riprova tra un'ora.",
  entity: "Per questo ente sono già arrivate diverse segnalazioni oggi. Riprova domani.",
  pending:
    "In quest'ora sono arrivate moltissime segnalazioni e la redazione deve prima esaminarle. Riprova tra un'ora.",
} as const;

export type LimitScope = keyof typeof LIMIT_WINDOWS;

/** What a form answers past a limit: the message, and after how many seconds it may be sent again. */
export function limitRefusal(scope: LimitScope) {
  return { message: LIMIT_MESSAGES[scope], retryAfter: LIMIT_WINDOWS[scope] / 1000 };
}

/** A person needs at least this long to fill in the form; a faster one is a program. */
export const MIN_FILL_MS = 5_000;
/** A form older than this must be reloaded (its stamp and challenge have expired). */
export const FORM_MAX_AGE_MS = DAY_MS;
/** How long the proof-of-work challenge may take to be solved and sent. */
export const CHALLENGE_TTL_MS = 2 * HOUR_MS;

/** The submitter's personal data is erased this long after the decision (privacy notice). */
export const PERSONAL_DATA_RETENTION_MS = 90 * DAY_MS;
