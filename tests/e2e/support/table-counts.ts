import pg from "pg";

/**
 * Row counts of the given tables, to prove a refused request wrote nothing. Tests using it carry
 * the tag @counts-rows: playwright.config.ts runs them after every other test, so no other
 * worker writes while they count.
 */
export async function tableCounts(tables: string[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`,
    );
    return rows[0] as Record<string, string>;
  } finally {
    await client.end();
  }
}
