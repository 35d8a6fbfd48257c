import { SCRIPT_FIELD } from "@/lib/forms/script-field";
import type { FormValues } from "@/lib/practices/form-values";
import type { FieldErrors } from "@/lib/practices/practice-input";

/** Hidden and meta fields of the public forms: never echoed back as typed values. */
export const OPEN_FORM_META_FIELDS = ["modulo", "altcha", "sito_web", "pratica", SCRIPT_FIELD] as const;

/** Names their refused sends are kept under for the page (lib/forms/form-replies.ts). */
export const REPLICATION_FORM = "replica";
export const FOLLOW_UP_FORM = "aggiornamento";

export type StaffFollowUpState = { message?: string; errors?: FieldErrors; values?: FormValues; saved?: boolean };
