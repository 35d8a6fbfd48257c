import { z } from "zod";
import { SCRIPT_FIELD } from "@/lib/forms/script-field";
import type { FormValues } from "@/lib/practices/form-values";
import type { FieldErrors } from "@/lib/practices/practice-input";

export type ProposalFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: FormValues;
  /** A fresh form stamp when the one sent could not be used (expired or altered). */
  stamp?: string;
  /** Refused by a submission limit: seconds before it lets a new one through (HTTP Retry-After). */
  retryAfter?: number;
};

/** Hidden and meta fields of the public form: never echoed back as typed values. */
export const PROPOSAL_META_FIELDS = ["modulo", "altcha", "sito_web", SCRIPT_FIELD] as const;

/** The name its refused sends are kept under for the page (lib/forms/form-replies.ts). */
export const PROPOSAL_FORM = "proposta";

export const decisionTarget = z.object({ segnalazione: z.coerce.number().int().positive() });

export const rejectionSchema = decisionTarget.extend({
  motivo: z
    .string({ error: "Motivo: campo obbligatorio." })
    .trim()
    .min(10, "Motivo: scrivi almeno 10 caratteri; chi ha inviato la segnalazione lo leggerà.")
    .max(2_000, "Motivo: al massimo 2000 caratteri."),
});

export type RejectionState = { message?: string; errors?: FieldErrors; reason?: string };
