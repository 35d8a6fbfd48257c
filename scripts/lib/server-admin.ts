import pg from "pg";

/** A connection string for the same server's maintenance database, for CREATE/DROP DATABASE. */
function maintenanceUrl(url: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

function databaseName(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(`Nome di database non valido in DATABASE_URL: "${name}" (usa lettere, cifre e _).`);
  return name;
}

async function withMaintenanceClient<T>(url: string, action: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` if the server does not have it yet (as `prisma migrate` does). */
export async function ensureDatabaseExists(url: string) {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** Drops and recreates the database named in `url`: only for throwaway test databases. */
export async function recreateDatabase(url: string) {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      throw new Error(
        `Non riesco a ricreare il database "${name}" (serve il permesso CREATEDB): ${(error as Error).message}`,
      );
    }
  });
}

export function withDatabaseName(url: string, name: string) {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}
