import type { z } from "zod";
import { FIELD_LABELS } from "@/lib/practices/practice-fields";

// The sheet form offers an existing entity or the fields of a new one. Fields typed next to a
// chosen entity used to be dropped without a word; now they are refused, each next to its field:
// an existing entity is corrected on its own screen (/admin/enti), under that screen's rules.

const NEW_ENTITY_FIELDS = ["ente_nome", "ente_tipo", "ente_codice_istat", "regione", "provincia"] as const;

const typed = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).some((item) => typeof item === "string" && item.trim() !== "");

export function refuseFieldsBesideChosenEntity(row: Record<string, unknown>, ctx: z.RefinementCtx) {
  if (typeof row.ente_id !== "number") return;
  for (const field of NEW_ENTITY_FIELDS) {
    if (!typed(row[field])) continue;
    ctx.addIssue({
      code: "custom",
      path: [field],
      message: `${FIELD_LABELS[field]}: hai scelto un ente già presente, e questo campo vale solo per un ente nuovo. Svuotalo per usare l'ente scelto così com'è, oppure correggi l'ente dalla sua pagina (Area riservata → Enti).`,
    });
  }
}
