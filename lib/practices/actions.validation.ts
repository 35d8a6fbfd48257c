import { z } from "zod";
import type { ConflictField } from "@/lib/practices/merge";
import type { FieldErrors } from "@/lib/practices/practice-input";
import type { FormValues } from "@/lib/practices/form-values";

export type ConflictView = {
  /** The version the choices are made against; the next save is based on it. */
  currentVersion: number;
  by: string | null;
  at: string;
  fields: { field: ConflictField; input: string; label: string; mine: string; theirs: string }[];
  /** Labels of what was taken over from the other person's save without asking. */
  merged: string[];
};

export type PracticeFormState = {
  message?: string;
  errors?: FieldErrors;
  values?: FormValues;
  /** The version the values shown are based on, when it is no longer the one the page loaded. */
  baseVersion?: number;
  /** Set when someone else changed, since this form was opened, fields this editor changed too. */
  conflict?: ConflictView;
};

export const versionFields = z.object({
  id: z.coerce.number().int().positive().optional(),
  versione: z.coerce.number().int().positive().optional(),
  /** The fields of a conflict the editor was asked to decide (comma-separated). */
  conflitti: z.string().max(500).optional(),
  /** "pubblica": the bar's "Pubblica modifiche" — save, then publish the sheet's draft. */
  intento: z.enum(["salva", "pubblica"]).optional(),
  /** A new-sheet form's own key: its autosaved draft, and no other tab's, goes once saved. */
  chiave_bozza: z.string().max(64).optional(),
});

/** "2026-12-02T09:30" names a day and a time that exist (checked as UTC: no daylight gaps there). */
function isRealLocalDateTime(value: string) {
  const at = new Date(`${value}:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 16) === value;
}

/** "Programma" / "Annulla programmazione": a date and time in Italian time, or nothing to cancel. */
export const scheduleSchema = z.object({
  id: z.coerce.number().int().positive(),
  versione: z.coerce.number().int().positive(),
  quando: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, "Data e ora della pubblicazione: indica giorno e ora.")
    // The shape alone lets "2026-13-45T99:99" through, an invalid date further on.
    .refine((value) => value === "" || isRealLocalDateTime(value), "Data e ora della pubblicazione: non esistono.")
    .optional(),
  annulla: z.literal("1").optional(),
});

export const restoreSchema = z.object({
  revisionId: z.coerce.number().int().positive(),
  versione: z.coerce.number().int().positive(),
});

export type ScheduleFormState = { message?: string };
