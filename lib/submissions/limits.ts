// How much the public form accepts, and what it answers past each limit. Counted in the
// database inside the submission's own transaction (lib/submissions/submit.ts), so they hold
// across processes and instances.

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

// Each limit shuts out only whoever spent it: a sender's own address or network, or the senders
// who came without the proof-of-work (flagged: no JavaScript, or a program that did not pay for
// it). What others sent — junk from one address, or flagged sends from many — never closes a
// comune or the form to a sender who solved the proof-of-work. The two hourly budgets from
// everyone together still bound what the public can store.
export const SUBMISSION_LIMITS = {
  /** Submissions from one client address (lib/auth/client-address.ts) per hour. */
  perAddressPerHour: 5,
  /** Of those, sent without the proof-of-work: enough for one of each form (proposal, replication, follow-up). */
  flaggedPerAddressPerHour: 3,
  /**
   * Submissions from one network per hour (an IPv4 /24, an IPv6 /48: client_network() in the
   * migrations): a sender with many addresses of one network, which the address limits count
   * apart, takes at most a quarter of the hour's budget below. An office behind one network
   * still sends three times what one address may.
   */
  perNetworkPerHour: 15,
  /** Submissions from one client address naming the same entity (ISTAT code, or name + region) per day. */
  perAddressPerEntityPerDay: 3,
  /**
   * Other networks (as above) from which a submission with the proof-of-work named the same entity
   * per day: past it, a new network waits for tomorrow (one already counted may still send).
   * Counted by network, so that the addresses of one network close no comune.
   */
  sendersPerEntityPerDay: 10,
  /** Submissions with the proof-of-work still waiting for a decision, received in the last hour, from everyone. */
  pendingPerHour: 60,
  /** The same for flagged submissions: a budget of their own, so that they cannot spend the one above. */
  flaggedPendingPerHour: 20,
} as const;

export const LIMIT_WINDOWS = {
  address: HOUR_MS,
  flaggedAddress: HOUR_MS,
  network: HOUR_MS,
  addressEntity: DAY_MS,
  entity: DAY_MS,
  pending: HOUR_MS,
  flaggedPending: HOUR_MS,
} as const;

const TURN_ON_JAVASCRIPT =
  "Attiva JavaScript nel browser e invia di nuovo (la verifica automatica anti-abuso ne ha bisogno), oppure riprova tra un'ora.";

export const LIMIT_MESSAGES = {
  address: "Da questo indirizzo sono arrivate troppe segnalazioni nell'ultima ora. Riprova tra un'ora.",
  flaggedAddress: `Da questo indirizzo sono arrivate troppe segnalazioni senza la verifica automatica anti-abuso. ${TURN_ON_JAVASCRIPT}`,
  network:
    "Dalla rete da cui ti colleghi sono arrivate troppe segnalazioni nell'ultima ora. Riprova tra un'ora, o da un'altra connessione.",
  addressEntity: "Da questo indirizzo sono già arrivate diverse segnalazioni per questo ente oggi. Riprova domani.",
  entity: "Per questo ente sono già arrivate oggi segnalazioni da molte persone diverse. Riprova domani.",
  pending:
    "In quest'ora sono arrivate moltissime segnalazioni e la redazione deve prima esaminarle. Riprova tra un'ora.",
  flaggedPending: `In quest'ora sono arrivate moltissime segnalazioni senza la verifica automatica anti-abuso. ${TURN_ON_JAVASCRIPT}`,
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
