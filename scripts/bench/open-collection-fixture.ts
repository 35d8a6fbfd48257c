import type pg from "pg";

// The detail page's worst realistic case for issue #14: one real (non-illustrative) sheet with
// 50 approved replications across the regions and 20 dated follow-ups. Written straight into the
// benchmark's own database; returns the sheet's slug.

const SLUG = "bench-pratica-molto-replicata";

export async function seedBusySheet(client: pg.Client): Promise<string> {
  const existing = await client.query(`SELECT 1 FROM "Practice" WHERE "slug" = $1`, [SLUG]);
  if (existing.rowCount) return SLUG;
  const entity = await client.query<{ id: number }>(
    `INSERT INTO "Entity" ("slug", "name", "kind", "regionId", "updatedAt")
     VALUES ('bench-comune-origine', 'Comune di Origine (benchmark)', 'COMUNE', 8, now()) RETURNING "id"`,
  );
  const practice = await client.query<{ id: number }>(
    `INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "serviceType", "sustainability",
       "status", "isSample", "publishedAt", "entityId", "updatedAt")
     VALUES ('BENCH-REPL', $1, 'Pratica molto replicata (benchmark)', 'Spesa e farmaci a domicilio.',
       'Una rete di volontari porta spesa e farmaci a chi non può uscire.', 'NUOVO', 'CONTINUA',
       'PUBLISHED', false, now(), $2, now()) RETURNING "id"`,
    [SLUG, entity.rows[0]!.id],
  );
  const id = practice.rows[0]!.id;
  await client.query(
    `INSERT INTO "PracticeReplication" ("practiceId", "entityName", "entityKind", "province", "regionId", "startDate",
       "changes", "note")
     SELECT $1, 'Comune replicante ' || n, 'COMUNE', 'Provincia ' || n, 1 + (n % 20), date '2021-01-01' + n * 9,
       'Abbiamo cambiato gli orari e aggiunto i volontari della parrocchia (replica ' || n || ').',
       'Attiva in tutto il distretto, con il centro anziani.'
     FROM generate_series(1, 50) AS n`,
    [id],
  );
  await client.query(
    `INSERT INTO "PracticeFollowUp" ("practiceId", "date", "status", "text")
     SELECT $1, date '2020-09-01' + n * 60,
       (ARRAY['PROSEGUE', 'PROSEGUE_MODIFICATA', 'TERMINATA']::"FollowUpStatus"[])[1 + n % 3],
       'Aggiornamento ' || n || ': il servizio continua con fondi regionali e un operatore in più.'
     FROM generate_series(1, 20) AS n`,
    [id],
  );
  return SLUG;
}
