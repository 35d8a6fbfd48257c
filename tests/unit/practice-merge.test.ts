import { describe, expect, it } from "vitest";
import { applyChoices, mergeDrafts, mergeSets } from "@/lib/practices/merge";
import type { PracticeDraft } from "@/lib/practices/practice-input";

const base: PracticeDraft = {
  code: "MOL-001",
  title: "Spesa a domicilio",
  summary: "Consegna della spesa agli anziani soli.",
  description: "Volontari consegnano la spesa e i farmaci a chi non può uscire.",
  startDate: "2020-03-15",
  serviceType: "NUOVO",
  operatorsTotal: 10,
  operatorsStaff: 4,
  operatorsVolunteers: 6,
  fundingNote: null,
  feedback: "Molto apprezzato.",
  innovation: null,
  sustainability: "NON_NOTO",
  sustainabilityNote: null,
  resourcesNeeded: null,
  difficulties: null,
  replicationAdvice: null,
  publicContact: null,
  status: "PUBLISHED",
  entity: { id: 7 },
  terms: { AREA: ["anziani"], FUNDING: ["fondi-comunali"], TECHNOLOGY: [], NETWORK: ["terzo-settore"], CHANNEL: [] },
};

const edit = (changes: Partial<PracticeDraft>, terms: Partial<PracticeDraft["terms"]> = {}): PracticeDraft => ({
  ...base,
  ...changes,
  terms: { ...base.terms, ...terms },
});

// One case per field type: [field, their value, my value, a third value].
const cases: [string, keyof PracticeDraft, unknown, unknown][] = [
  ["text", "summary", "Sintesi di lei.", "Sintesi mia."],
  ["long text", "description", "Descrizione riscritta da lei, più lunga.", "Descrizione mia, diversa."],
  ["optional text (from empty)", "fundingNote", "Fondi regionali.", "Fondi europei."],
  ["optional text (to empty)", "feedback", null, "Riscontri aggiornati."],
  ["number", "operatorsTotal", 12, 15],
  ["number (to empty)", "operatorsVolunteers", null, 5],
  ["date", "startDate", "2020-04-01", "2020-05-01"],
  ["date (to empty)", "startDate", null, "2020-05-01"],
  ["enum (service type)", "serviceType", "MISTO", "RAFFORZATO"],
  ["enum (sustainability)", "sustainability", "CONTINUA", "TERMINA"],
  ["enum (status)", "status", "ARCHIVED", "DRAFT"],
  ["entity (existing)", "entity", { id: 8 }, { id: 9 }],
  [
    "entity (new vs existing)",
    "entity",
    { id: 8 },
    { name: "Comune di Isernia", kind: "COMUNE", istatCode: "094023", regionId: 14, province: null },
  ],
];

describe("three-way merge of a sheet", () => {
  it.each(cases)("%s: a change only they made is kept when I save", (_, field, theirsValue) => {
    const theirs = edit({ [field]: theirsValue });
    const mine = edit({ title: "Titolo cambiato da me" });
    const { merged, conflicts, fromTheirs } = mergeDrafts(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged[field]).toEqual(theirsValue);
    expect(merged.title).toBe("Titolo cambiato da me");
    expect(fromTheirs).toEqual([field]);
  });

  it.each(cases)("%s: a change only I made is saved", (_, field, __, mineValue) => {
    const theirs = edit({ title: "Titolo cambiato da lei" });
    const mine = edit({ [field]: mineValue });
    const { merged, conflicts } = mergeDrafts(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(merged[field]).toEqual(mineValue);
    expect(merged.title).toBe("Titolo cambiato da lei");
  });

  it.each(cases)("%s: both changed it differently: a conflict, my value pending the choice", (_, field, t, m) => {
    const { merged, conflicts, fromTheirs } = mergeDrafts(base, edit({ [field]: t }), edit({ [field]: m }));
    expect(conflicts).toEqual([field]);
    expect(merged[field]).toEqual(m);
    expect(fromTheirs).toEqual([]);
  });

  it.each(cases)("%s: both made the same change: no conflict", (_, field, t) => {
    const { merged, conflicts } = mergeDrafts(base, edit({ [field]: t }), edit({ [field]: t }));
    expect(conflicts).toEqual([]);
    expect(merged[field]).toEqual(t);
  });

  it("the scenario of issue 13: A changes Sintesi and Operatori, B another field; B's save keeps A's work", () => {
    const a = edit({ summary: "Sintesi di A.", operatorsTotal: 20, operatorsStaff: 8 });
    const b = edit({ innovation: "Prima esperienza in regione." });
    const { merged, conflicts } = mergeDrafts(base, a, b);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual(
      edit({
        summary: "Sintesi di A.",
        operatorsTotal: 20,
        operatorsStaff: 8,
        innovation: "Prima esperienza in regione.",
      }),
    );
  });

  it("a new entity described the same way on both sides is the same entity", () => {
    const entity = { name: "Comune di Agnone", kind: "COMUNE" as const, istatCode: null, regionId: 14, province: "IS" };
    const { conflicts, merged } = mergeDrafts(base, edit({ entity: { ...entity } }), edit({ entity: { ...entity } }));
    expect(conflicts).toEqual([]);
    expect(merged.entity).toEqual(entity);
  });

  describe("multi-value vocabularies", () => {
    it("additions and removals of both sides apply, never conflicting", () => {
      const theirs = edit({}, { AREA: ["anziani", "disabili"], NETWORK: [] });
      const mine = edit({}, { AREA: ["anziani", "famiglia-minori"], FUNDING: ["fondi-comunali", "pon-inclusione"] });
      const { merged, conflicts, fromTheirs } = mergeDrafts(base, theirs, mine);
      expect(conflicts).toEqual([]);
      expect(merged.terms).toEqual({
        AREA: ["anziani", "disabili", "famiglia-minori"],
        FUNDING: ["fondi-comunali", "pon-inclusione"],
        TECHNOLOGY: [],
        NETWORK: [],
        CHANNEL: [],
      });
      expect(fromTheirs).toEqual(["terms.AREA", "terms.NETWORK"]);
    });

    it("a value removed by one side and kept by the other is removed", () => {
      expect(mergeSets(["a", "b"], ["a"], ["a", "b"])).toEqual(["a"]);
      expect(mergeSets(["a", "b"], ["a", "b"], ["b"])).toEqual(["b"]);
    });

    it("a value added by both appears once", () => {
      expect(mergeSets([], ["x", "y"], ["y", "z"])).toEqual(["x", "y", "z"]);
    });
  });

  it("without a record of the loaded version, every disagreement is a conflict", () => {
    const { conflicts, merged } = mergeDrafts(null, edit({ summary: "Loro." }), edit({ title: "Mio titolo." }));
    expect(conflicts).toEqual(["title", "summary"]);
    expect(merged.summary).toBe(base.summary);
  });

  it("choices: theirs takes their saved value, mine keeps mine, other fields untouched", () => {
    const theirs = edit({ summary: "Sintesi di lei.", operatorsTotal: 12, entity: { id: 8 } });
    const mine = edit({ summary: "Sintesi mia.", operatorsTotal: 15, entity: { id: 9 }, title: "Titolo mio" });
    const resolved = applyChoices(mine, theirs, { summary: "theirs", operatorsTotal: "mine", entity: "theirs" });
    expect(resolved).toEqual(
      edit({ summary: "Sintesi di lei.", operatorsTotal: 15, entity: { id: 8 }, title: "Titolo mio" }),
    );
  });
});
