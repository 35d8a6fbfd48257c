import { createReadStream, createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { itemAt } from "../../lib/item-at.ts";

// A logical backup of every table of the `public` schema, taken in one REPEATABLE READ snapshot
// and written as gzipped JSON. The embedded PostgreSQL packages ship no pg_dump, and Debian's
// pg_dump (15) refuses to dump a newer server (18), so the dump is made through SQL itself:
// rows leave as `row_to_json` and come back through `json_populate_recordset`, which keeps every
// column type (arrays, enums, timestamps, tsvector) exactly as Postgres writes and reads it.

export const BACKUP_FORMAT = "servizi-sociali-covid/backup";
const MIGRATIONS_TABLE = "_prisma_migrations";

export type TableDump = { name: string; columns: string[]; rows: Record<string, unknown>[] };
export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  migration: string | null;
  tables: TableDump[];
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Tables of the public schema in an order where every foreign key points to an earlier table. */
async function tablesInDependencyOrder(client: pg.Client) {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`);
  const unquote = (name: string) => name.replace(/^"|"$/g, "").replace(/""/g, '"');
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const edge of edges) parents.get(unquote(edge.child))?.add(unquote(edge.parent));
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`Riferimento circolare tra tabelle: ${[...path, name].join(" → ")}`);
    for (const parent of parents.get(name) ?? []) visit(parent, [...path, name]);
    ordered.push(name);
  };
  for (const { name } of tables) visit(name, []);
  return ordered;
}

async function writableColumns(client: pg.Client, table: string) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [ident(table)],
  );
  return rows.map((r) => r.name);
}

export async function lastMigration(client: pg.Client) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.name ?? null;
}

/** Reads the whole database in one consistent snapshot. */
export function takeBackup(url: string): Promise<Backup> {
  return withClient(url, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const tables: TableDump[] = [];
      for (const name of await tablesInDependencyOrder(client)) {
        const columns = await writableColumns(client, name);
        const list = columns.map(ident).join(", ");
        const { rows } = await client.query<{ rows: Record<string, unknown>[] }>(
          `SELECT coalesce(json_agg(to_json(t)), '[]'::json) AS rows FROM (SELECT ${list} FROM ${ident(name)} ORDER BY 1) t`,
        );
        tables.push({ name, columns, rows: itemAt(rows, 0).rows });
      }
      const migration = await lastMigration(client);
      await client.query("COMMIT");
      return { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migration, tables };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

export async function writeBackupFile(backup: Backup, file: string) {
  await pipeline(Readable.from([JSON.stringify(backup)]), createGzip(), createWriteStream(file));
}

export async function readBackupFile(file: string): Promise<Backup> {
  const chunks: Buffer[] = [];
  await pipeline(createReadStream(file), createGunzip(), async function* (source) {
    for await (const chunk of source) chunks.push(chunk as Buffer);
  });
  const backup = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Backup;
  if (backup?.format !== BACKUP_FORMAT || backup.version !== 1 || !Array.isArray(backup.tables)) {
    throw new Error(`${file} non è un backup di questo catalogo.`);
  }
  return backup;
}

/**
 * Replaces every table's content with the backup's, in one transaction: on any error nothing
 * changes. The target must already have the backup's schema (apply the migrations first); the
 * migrations table itself is left as the target has it.
 */
export function restoreBackup(url: string, backup: Backup) {
  return withClient(url, async (client) => {
    const current = await lastMigration(client);
    if (backup.migration !== current) {
      throw new Error(
        `Il backup è della migrazione ${backup.migration ?? "—"}, il database è alla ${current ?? "—"}: applica le stesse migrazioni prima di ripristinare.`,
      );
    }
    const order = await tablesInDependencyOrder(client);
    const data = new Map(backup.tables.map((t) => [t.name, t]));
    const counts: Record<string, number> = {};
    await client.query("BEGIN");
    try {
      const targets = order.filter((name) => name !== MIGRATIONS_TABLE);
      if (targets.length) await client.query(`TRUNCATE ${targets.map(ident).join(", ")} RESTART IDENTITY CASCADE`);
      for (const name of targets) {
        const table = data.get(name);
        counts[name] = table?.rows.length ?? 0;
        if (!table?.rows.length) continue;
        const available = new Set(await writableColumns(client, name));
        const columns = table.columns
          .filter((c) => available.has(c))
          .map(ident)
          .join(", ");
        // In slices, so one statement's parameter stays well below Postgres's 1 GB limit.
        for (let i = 0; i < table.rows.length; i += 2_000) {
          await client.query(
            `INSERT INTO ${ident(name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${ident(name)}, $1::json)`,
            [JSON.stringify(table.rows.slice(i, i + 2_000))],
          );
        }
      }
      // Serial ids continue after the restored rows.
      const { rows: serials } = await client.query<{ tbl: string; col: string }>(`
        SELECT table_name AS tbl, column_name AS col FROM information_schema.columns
        WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`);
      for (const { tbl, col } of serials) {
        if (tbl === MIGRATIONS_TABLE) continue;
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${ident(col)}) FROM ${ident(tbl)}), 0) + 1, false)`,
          [ident(tbl), col],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return counts;
  });
}
