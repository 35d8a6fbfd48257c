import type { FollowUpStatus, Sustainability } from "@/lib/generated/prisma/enums";
import type { EnumOption } from "@/lib/practices/enum-labels";

// What a follow-up can report, and how it reads next to the 2020 declaration.

export const FOLLOW_UP_STATUSES: EnumOption<FollowUpStatus>[] = [
  { value: "PROSEGUE", slug: "prosegue", label: "Prosegue" },
  { value: "PROSEGUE_MODIFICATA", slug: "prosegue-modificata", label: "Prosegue, modificata" },
  { value: "TERMINATA", slug: "terminata", label: "Terminata" },
];

export const FOLLOW_UP_LABELS = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s.value, s.label])) as Record<
  FollowUpStatus,
  string
>;

export const FOLLOW_UP_SLUGS = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s.value, s.slug])) as Record<
  FollowUpStatus,
  string
>;

/** The 2020 declaration as the timeline quotes it ("Nel 2020 dichiarava: proseguirà"). */
export const DECLARED_2020: Record<Sustainability, string> = {
  CONTINUA: "proseguirà",
  PARZIALE: "proseguirà in parte",
  TERMINA: "terminerà con l'emergenza",
  NON_NOTO: "non aveva ancora deciso",
};
