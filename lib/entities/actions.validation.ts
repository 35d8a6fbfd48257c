import { z } from "zod";
import { ENTITY_KINDS } from "@/lib/practices/enum-labels";
import type { EntityKind } from "@/lib/generated/prisma/enums";

export type EntityField = "nome" | "tipo" | "codice_istat" | "provincia";

export const ENTITY_FIELD_LABELS: Record<EntityField, string> = {
  nome: "Nome dell'ente",
  tipo: "Tipo di ente",
  codice_istat: "Codice ISTAT del comune",
  provincia: "Provincia",
};

export type EntityFormState = {
  ok?: boolean;
  message?: string;
  errors?: Partial<Record<EntityField | "_", string[]>>;
  values?: Partial<Record<EntityField, string>>;
};

const text = (value: unknown) => (typeof value === "string" ? value.replaceAll("\u0000", "").trim() : value);
const optional = (label: string, max: number) =>
  z.preprocess(
    text,
    z
      .string()
      .max(max, `${label}: al massimo ${max} caratteri.`)
      .transform((value) => value || null),
  );

export const entityFormSchema = z.object({
  id: z.coerce.number().int().positive(),
  aggiornato: z.iso.datetime().transform((value) => new Date(value)),
  nome: z.preprocess(
    text,
    z
      .string({ error: "Nome dell'ente: campo obbligatorio." })
      .min(2, "Nome dell'ente: almeno 2 caratteri.")
      .max(200, "Nome dell'ente: al massimo 200 caratteri."),
  ),
  tipo: z
    .enum(ENTITY_KINDS.map((kind) => kind.slug) as [string, ...string[]], {
      error: "Tipo di ente: scegli uno dei tipi dell'elenco.",
    })
    .transform((slug) => ENTITY_KINDS.find((kind) => kind.slug === slug)!.value as EntityKind),
  codice_istat: z.preprocess(
    text,
    z
      .string()
      .refine((value) => value === "" || /^\d{6}$/.test(value), {
        error: (issue) => `Codice ISTAT del comune: «${String(issue.input).slice(0, 40)}» non è un codice di 6 cifre.`,
      })
      .transform((value) => value || null),
  ),
  provincia: optional("Provincia", 100),
});
