import type { FormValues } from "@/lib/practices/form-values";
import type { FieldErrors } from "@/lib/practices/practice-input";

/** Hidden and meta fields of the public forms: never echoed back as typed values. */
export const OPEN_FORM_META_FIELDS = ["modulo", "altcha", "sito_web", "pratica"] as const;

export type StaffFollowUpState = { message?: string; errors?: FieldErrors; values?: FormValues; saved?: boolean };
