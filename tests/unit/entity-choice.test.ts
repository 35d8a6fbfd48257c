import { describe, expect, it } from "vitest";
import { fieldErrors, practiceInputSchema } from "@/lib/practices/practice-input";
import { TEST_REFERENCE as reference, TEST_VALID_ROW } from "../support/reference";

// The sheet form: fields of a new entity typed next to a chosen existing one were dropped in
// silence; they are refused, each next to its own field, and an untouched form still saves.

const parse = (row: Record<string, unknown>) => practiceInputSchema(reference).safeParse(row);
const {
  ente_nome: _name,
  ente_tipo: _kind,
  regione: _region,
  ...withoutEntity
} = TEST_VALID_ROW as Record<string, unknown>;

describe("fields beside a chosen entity", () => {
  it("are refused one by one, by label, never ignored", () => {
    const result = parse({ ...TEST_VALID_ROW, ente_id: "7", ente_codice_istat: "070006", provincia: "Campobasso" });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors).sort()).toEqual(["ente_codice_istat", "ente_nome", "ente_tipo", "provincia", "regione"]);
    expect(errors.ente_codice_istat![0]).toMatch(/^Codice ISTAT del comune: hai scelto un ente già presente/);
    expect(errors.provincia![0]).toMatch(/correggi l'ente dalla sua pagina/);
  });

  it("do not stop a sheet that only chooses the entity", () => {
    const result = parse({ ...withoutEntity, ente_id: "7", ente_nome: "", provincia: "  ", regione: "" });
    expect(result.success).toBe(true);
    expect(result.data!.entity).toEqual({ id: 7 });
  });

  it("an entity id that is not one gets a message by label", () => {
    const result = parse({ ...withoutEntity, ente_id: "abc" });
    expect(fieldErrors(result.error!).ente_id).toEqual(["Ente già presente: scegli un ente dell'elenco."]);
  });
});
