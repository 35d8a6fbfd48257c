import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchPractices } from "@/lib/practices/queries";
import { parsePracticeFilters } from "@/lib/practices/search-params";
import { pageIdsQuery } from "@/lib/practices/search-sql";
import { addSynonym, deleteSynonym, updateSynonym } from "@/lib/search-synonyms/changes";
import { forgetSynonymLookup } from "@/lib/search-synonyms/current";
import { loadSynonymLookup } from "@/lib/search-synonyms/lookup";

// Real phrasings of social-services Italian against the seeded illustrative catalogue and the
// synonym list of the migration. For each: the sheets it must return (every sheet whose text has
// all the `must` phrases, found here with plain SQL), those it must not (each result must have one
// of the `only` phrases), and what the search says it did (correction, suggestion).

type Row = {
  q: string;
  /** Every published sheet containing all these phrases is found. */
  must: string[];
  /** Every sheet found contains at least one of these phrases (default: the `must` phrases). */
  only?: string[];
  corrected?: string | null;
  suggested?: string | null;
};

const TABLE: Row[] = [
  // Abbreviations
  { q: "dad", must: ["didattica a distanza"] },
  { q: "DAD", must: ["didattica a distanza"] },
  { q: "D.A.D.", must: ["didattica a distanza"] },
  { q: "rdc", must: ["reddito di cittadinanza"] },
  { q: "RdC", must: ["reddito di cittadinanza"] },
  { q: "rem", must: ["reddito di emergenza"] },
  { q: "rsa", must: ["strutture residenziali"], only: ["strutture residenziali", "residenze"] },
  { q: "serd", must: ["dipendenze"] },
  { q: "msna", must: ["non accompagnati"], only: ["non accompagnati", "minori stranieri"] },
  // Words people use for what the sheets call otherwise
  { q: "senzatetto", must: ["senza dimora"] },
  { q: "senza tetto", must: ["senza dimora"] },
  { q: "Senza fissa dimora", must: ["senza dimora"] },
  { q: "clochard", must: ["senza dimora"] },
  { q: "homeless", must: ["senza dimora"] },
  { q: "badante", must: ["caregiver"], only: ["caregiver", "assistenza domiciliare", "assistenti familiari"] },
  { q: "caregivers", must: ["caregiver"] },
  { q: "spesa sospesa", must: ["pacchi alimentari"], only: ["pacchi alimentari", "spesa sospesa", "prima necessità"] },
  { q: "buoni alimentari", must: ["buoni spesa"] },
  { q: "voucher spesa", must: ["buoni spesa"] },
  { q: "case di riposo", must: ["strutture residenziali"], only: ["strutture residenziali", "residenze"] },
  { q: "whatsapp", must: ["messaggistica"] },
  { q: "zoom", must: ["videochiamate"], only: ["videochiamate", "videoconferenza"] },
  { q: "ludopatia", must: ["dipendenze"], only: ["dipendenze", "gioco d'azzardo"] },
  { q: "violenza sulle donne", must: ["violenza domestica"], only: ["violenza domestica", "centri antiviolenza"] },
  { q: "mediatori culturali", must: ["mediazione linguistica"], only: ["mediazione linguistica", "mediatori"] },
  { q: "handicap", must: ["disabilità"] },
  { q: "nomadi", must: ["rom"], only: ["rom", "sinti", "caminanti"] },
  // A synonym and other words: both required
  { q: "dad tablet", must: ["didattica a distanza", "tablet"], only: ["tablet"] },
  { q: "consegna spesa anziani", must: ["consegna a domicilio", "anziani"], only: ["anziani"] },
  {
    q: "clochard accoglienza notturna",
    must: ["senza dimora", "accoglienza notturna"],
    only: ["accoglienza notturna"],
  },
  // Typos: corrected when the words find nothing, suggested when a variant finds clearly more
  { q: "anzaini", must: ["anziani"], corrected: "anziani" },
  { q: "violneza domestica", must: ["violenza domestica"], corrected: "violenza domestica" },
  { q: "didatica a distanza", must: ["didattica a distanza"], corrected: "didattica a distanza" },
  { q: "badnte", must: ["caregiver"], only: ["caregiver", "assistenza domiciliare"], corrected: "badante" },
  { q: "senzatett", must: ["senza dimora"], corrected: "senzatetto" },
  {
    q: "spessa a domicilo anziani",
    must: ["spesso", "domicilio", "anziani"],
    corrected: null,
    suggested: "spesa a domicilio anziani",
  },
  // Words left as typed: a plain query is searched exactly as before, with nothing suggested
  { q: "spesa a domicilio anziani", must: ["spesa", "domicilio", "anziani"], corrected: null, suggested: null },
  { q: "videochiamate anziani", must: ["videochiamate", "anziani"], corrected: null, suggested: null },
];

const matching = async (phrases: string[]) => {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p."id" FROM "Practice" p
    WHERE p."status" = 'PUBLISHED'
      AND (SELECT bool_and(p."searchVector" @@ phraseto_tsquery('italian_unaccent', ph)) FROM unnest(${phrases}::text[]) ph)`;
  return new Set(rows.map((row) => row.id));
};

const anyOf = async (phrases: string[]) => {
  const sets = await Promise.all(phrases.map((phrase) => matching([phrase])));
  return new Set(sets.flatMap((set) => [...set]));
};

/** Every sheet the listing finds for q, in its order, with the production SQL. */
async function found(q: string) {
  await loadSynonymLookup();
  const rows = await db.$queryRaw<{ id: number }[]>(pageIdsQuery(parsePracticeFilters({ q }), 10_000, 0));
  return rows.map((row) => row.id);
}

beforeAll(() => forgetSynonymLookup());

afterAll(async () => {
  await db.$disconnect();
});

describe("the table of phrasings", () => {
  it.each(TABLE)("$q", async (row) => {
    const result = await searchPractices(parsePracticeFilters({ q: row.q }));
    if (row.corrected !== undefined) expect(result.correctedQuery, "correction").toBe(row.corrected);
    if (row.suggested !== undefined) expect(result.suggestedQuery, "suggestion").toBe(row.suggested);

    const ids = await found(result.correctedQuery ?? row.q);
    expect(result.total).toBe(ids.length);
    const required = await matching(row.must);
    expect(required.size, `the seeded sheets have ${row.must.join(" + ")}`).toBeGreaterThan(0);
    expect(
      [...required].filter((id) => !ids.includes(id)),
      "sheets it must return",
    ).toEqual([]);
    const allowed = await anyOf(row.only ?? row.must);
    expect(
      ids.filter((id) => !allowed.has(id)),
      "sheets it must not return",
    ).toEqual([]);
  });
});

describe("corrections that would mislead are not made", () => {
  it("senza tetto is not searched as «senza protetto», nor senzatetto as «senza»", async () => {
    for (const q of ["senza tetto", "senzatetto"]) {
      const result = await searchPractices(parsePracticeFilters({ q }));
      expect(result.correctedQuery).toBeNull();
      expect(result.total).toBe((await matching(["senza dimora"])).size);
    }
  });

  it("a real word is not replaced by another one: tetto is neither letto nor protetto", async () => {
    const result = await searchPractices(parsePracticeFilters({ q: "tetto" }));
    expect(result.correctedQuery).toBeNull();
    expect(result.suggestedQuery).toBeNull();
    expect(result.total).toBe(0);
  });

  it("the words exactly as typed (esatta=1, «Cerca invece») are not corrected", async () => {
    const result = await searchPractices(parsePracticeFilters({ q: "anzaini", esatta: "1" }));
    expect(result.correctedQuery).toBeNull();
    expect(result.total).toBe(0);
  });

  it("the suggestion finds what it promises: clearly more sheets than the typed words", async () => {
    const typed = await searchPractices(parsePracticeFilters({ q: "spessa a domicilo anziani" }));
    const suggested = await searchPractices(parsePracticeFilters({ q: typed.suggestedQuery! }));
    expect(typed.total).toBe(6);
    expect(suggested.total).toBe(26);
  });
});

describe("the synonym list is data", () => {
  it("an added entry applies to the next search, its edit and removal too, each in the audit log", async () => {
    const before = await searchPractices(parsePracticeFilters({ q: "Trattoria solidale" }));
    expect(before.total).toBe(0);
    const row = await db.$transaction((tx) =>
      addSynonym(tx, null, { phrases: ["trattoria solidale"], expansions: ["mensa"], note: "prova" }),
    );
    try {
      forgetSynonymLookup();
      const added = await searchPractices(parsePracticeFilters({ q: "Trattoria solidale" }));
      expect(added.total).toBe((await matching(["mensa"])).size);

      await db.$transaction((tx) =>
        updateSynonym(tx, null, row.id, { phrases: ["trattoria solidale"], expansions: ["pasti caldi"], note: "" }),
      );
      forgetSynonymLookup();
      const updated = await searchPractices(parsePracticeFilters({ q: "trattoria solidale" }));
      expect(updated.total).toBe((await matching(["pasti caldi"])).size);
    } finally {
      await db.$transaction((tx) => deleteSynonym(tx, null, row.id));
      forgetSynonymLookup();
    }
    expect((await searchPractices(parsePracticeFilters({ q: "trattoria solidale" }))).total).toBe(0);
    const events = await db.auditEvent.findMany({
      where: { targetType: "synonym", targetId: String(row.id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["synonym.create", "synonym.update", "synonym.delete"]);
  });
});
