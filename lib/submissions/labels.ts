import type { SubmissionKind, SubmissionStatus } from "@/lib/generated/prisma/enums";

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  RECEIVED: "Ricevuta",
  IN_REVIEW: "In revisione",
  PUBLISHED: "Pubblicata",
  REJECTED: "Non pubblicata",
};

/** URL values of the queue's filters (?stato=, ?tipo=). */
export const STATUS_SLUGS: Record<string, SubmissionStatus> = {
  ricevuta: "RECEIVED",
  "in-revisione": "IN_REVIEW",
  pubblicata: "PUBLISHED",
  "non-pubblicata": "REJECTED",
};

export const SUBMISSION_KIND_LABELS: Record<SubmissionKind, string> = {
  NEW_PRACTICE: "Nuova pratica",
  REPLICATION: "Replica",
  FOLLOW_UP: "Aggiornamento",
};
export const KIND_SLUGS: Record<string, SubmissionKind> = {
  "nuova-pratica": "NEW_PRACTICE",
  replica: "REPLICATION",
  aggiornamento: "FOLLOW_UP",
};
