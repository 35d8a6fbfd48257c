import pg from "pg";
import { itemAt } from "../../../lib/item-at";

export async function query<T extends pg.QueryResultRow = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Row count and checksum of every catalogue table: equal fingerprints, equal catalogues. */
export async function catalogueFingerprint() {
  const result: Record<string, string> = {};
  for (const table of ["Practice", "PracticeTerm", "PracticeRevision", "Entity"]) {
    const row = itemAt(
      await query<{ n: number; md5: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${table}" t`,
      ),
      0,
    );
    result[table] = `${row.n}:${row.md5}`;
  }
  return result;
}
