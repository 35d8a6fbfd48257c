import pg from "pg";
import { itemAt } from "../../lib/item-at.ts";

// Synthetic sheets for the benchmark's `--scale N` run and its test: N published sheets made in
// SQL from the illustrative ones already in the database, so that words, areas, technologies,
// regions and entities keep the distribution of the sample. Text, terms and entity of a
// synthetic sheet come from different sample sheets, so combinations vary. Its tsvector is the
// one the trigger computed for the sheet whose text it copies (same text, same vector), so the
// trigger is switched off for the insert: computing 100,000 vectors again dominated the time.
// Likewise the facet copies (regionId, entityKind, facetKeys) are written here from the source
// sheets, with their triggers off: refreshed per term insert, every new sheet would be written twice.

export const SYNTHETIC_CODE_PREFIX = "SINTETICA-";

export async function seedSyntheticPractices(url: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    await client.query("BEGIN");
    await client.query(`
      CREATE TEMP TABLE bench_source ON COMMIT DROP AS
      SELECT (row_number() OVER (ORDER BY "id") - 1)::int AS k, *
      FROM "Practice" WHERE "status" = 'PUBLISHED' AND "code" NOT LIKE '${SYNTHETIC_CODE_PREFIX}%'`);
    const { rows } = await client.query<{ n: number; start: number }>(`
      SELECT (SELECT count(*) FROM bench_source)::int AS n,
             (SELECT count(*) FROM "Practice" WHERE "code" LIKE '${SYNTHETIC_CODE_PREFIX}%')::int AS start`);
    const { n, start } = itemAt(rows, 0);
    if (n === 0) throw new Error("Nessuna scheda pubblicata da cui generare le schede sintetiche.");
    await client.query(
      `ALTER TABLE "Practice" DISABLE TRIGGER "practice_search_vector", DISABLE TRIGGER "practice_facets"`,
    );
    await client.query(`ALTER TABLE "PracticeTerm" DISABLE TRIGGER "practice_term_facets_insert"`);
    await client.query(
      `INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "startDate", "serviceType",
         "operatorsTotal", "operatorsStaff", "operatorsVolunteers", "fundingNote", "feedback", "innovation",
         "sustainability", "sustainabilityNote", "status", "isSample", "version", "entityId", "searchExtra",
         "searchVector", "regionId", "entityKind", "facetKeys", "publishedAt", "createdAt", "updatedAt")
       SELECT '${SYNTHETIC_CODE_PREFIX}' || g, 'sintetica-' || g || '-' || t."slug", t."title",
              t."summary", t."description", t."startDate", o."serviceType",
              o."operatorsTotal", o."operatorsStaff", o."operatorsVolunteers", t."fundingNote", t."feedback", t."innovation",
              o."sustainability", t."sustainabilityNote", 'PUBLISHED', true, 1, e."entityId", t."searchExtra",
              t."searchVector", e."regionId", e."entityKind",
              ARRAY[-e."regionId", -1000 - array_position(enum_range(NULL::"ServiceType"), o."serviceType"),
                    -2000 - array_position(enum_range(NULL::"EntityKind"), e."entityKind"),
                    -3000 - array_position(enum_range(NULL::"Sustainability"), o."sustainability")]
                || ARRAY(SELECT k FROM unnest(t."facetKeys") AS k WHERE k > 0 ORDER BY k),
              t."publishedAt" - (g % 500) * interval '1 hour', now(), now()
       FROM generate_series($1::int + 1, $1::int + $2::int) AS g
       JOIN bench_source t ON t.k = g % $3
       JOIN bench_source o ON o.k = (g * 7 + 3) % $3
       JOIN bench_source e ON e.k = (g * 13 + 5) % $3`,
      [start, count, n],
    );
    await client.query(
      `ALTER TABLE "Practice" ENABLE TRIGGER "practice_search_vector", ENABLE TRIGGER "practice_facets"`,
    );
    // Terms follow the sheet whose text was copied, so a search and its areas stay coherent.
    await client.query(
      `INSERT INTO "PracticeTerm" ("practiceId", "termId")
       SELECT p."id", pt."termId"
       FROM "Practice" p
       JOIN bench_source t ON t.k = substring(p."code" FROM ${SYNTHETIC_CODE_PREFIX.length + 1})::int % $2
       JOIN "PracticeTerm" pt ON pt."practiceId" = t."id"
       WHERE p."code" LIKE '${SYNTHETIC_CODE_PREFIX}%' AND substring(p."code" FROM ${SYNTHETIC_CODE_PREFIX.length + 1})::int > $1`,
      [start, n],
    );
    await client.query(`ALTER TABLE "PracticeTerm" ENABLE TRIGGER "practice_term_facets_insert"`);
    await client.query("COMMIT");
    // VACUUM too: without a visibility map every index-only scan of PracticeTerm visits the heap.
    await client.query(`VACUUM ANALYZE "Practice"`);
    await client.query(`VACUUM ANALYZE "PracticeTerm"`);
    return { inserted: count, total: start + count, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
