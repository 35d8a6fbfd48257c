import { describe, expect, it } from "vitest";
import { autosaveSchema } from "@/lib/drafts/draft-request";

// The sheet form's autosave sends the whole form; the draft keeps what the editor typed.
describe("an autosaved form", () => {
  const form = {
    id: "12",
    versione: "4",
    conflitti: "serviceType,operatorsTotal",
    scelta_serviceType: "mine",
    scelta_operatorsTotal: "theirs",
    titolo: "Titolo scritto durante il conflitto",
    aree_utenza: ["anziani"],
  };

  it("is kept while a conflict is being resolved, without the form's bookkeeping", () => {
    const parsed = autosaveSchema.safeParse({ practiceId: 12, baseVersion: 4, values: form });
    expect(parsed.success && parsed.data.values).toEqual({
      titolo: "Titolo scritto durante il conflitto",
      aree_utenza: ["anziani"],
    });
  });

  it("still refuses values beyond the form's bounds", () => {
    const long = { ...form, descrizione: "x".repeat(30_001) };
    expect(autosaveSchema.safeParse({ practiceId: 12, baseVersion: 4, values: long }).success).toBe(false);
    expect(autosaveSchema.safeParse({ practiceId: 12, baseVersion: 4, values: [] }).success).toBe(false);
  });
});
