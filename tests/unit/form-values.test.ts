import { expect, it } from "vitest";
import { formValuesFromDraft } from "@/lib/practices/form-values";
import { practiceInputSchema } from "@/lib/practices/practice-input";
import { TEST_REFERENCE as reference, TEST_VALID_ROW } from "../support/reference";

// After a merge the editor's form is refilled from the merged draft: a field missing there would
// come back empty and be erased by the next save.

// Every free-text field of the sheet (lists, dates and choices have their own shapes).
const TEXT_FIELDS = [
  "codice",
  "titolo",
  "sintesi",
  "descrizione",
  "note_finanziamento",
  "riscontri",
  "innovazione",
  "note_sostenibilita",
  "risorse_necessarie",
  "difficolta",
  "consigli_replica",
  "contatto_pubblico",
];

it("a draft turned back into form values keeps every field of the sheet", () => {
  const row = {
    ...TEST_VALID_ROW,
    risorse_necessarie: "Due operatori e un telefono.",
    difficolta: "Raggiungere chi vive solo.",
    consigli_replica: "Partire dagli elenchi dei servizi domiciliari.",
    contatto_pubblico: "servizisociali@comune.esempio.it",
    note_sostenibilita: "Prosegue con fondi comunali.",
  };
  const draft = practiceInputSchema(reference).parse(row);
  const values = formValuesFromDraft(draft, reference);
  for (const field of TEXT_FIELDS) {
    const given = (row as Record<string, unknown>)[field];
    if (typeof given === "string") expect(values[field], field).toBe(given);
  }
  expect(values).toMatchObject({
    risorse_necessarie: "Due operatori e un telefono.",
    contatto_pubblico: "servizisociali@comune.esempio.it",
  });
});
