import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { MigrationList, SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";

// Prisma's own schema engine, from its official WASM build on npm: the CLI would download a
// native binary instead, which these machines cannot reach. The database it writes
// (including `_prisma_migrations`) stays valid for `prisma migrate deploy/status`.

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

const require = createRequire(import.meta.url);

let engineModule: Promise<{ SchemaEngine: typeof SchemaEngineType }> | undefined;
const loadEngineModule = () => (engineModule ??= instantiateEngineModule());

async function instantiateEngineModule() {
  // The engine reports Rust panics through this global (as Prisma's CLI sets it up).
  const registry = {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
  };
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: registry });
  process.on("exit", () => registry.message && console.error(`Prisma schema engine panic: ${registry.message}`));
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  // schema_engine.js imports the .wasm as an ES module, which Node refuses: instantiate it by hand.
  const bindings = await import(path.join(dir, "schema_engine_bg.js"));
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings as { SchemaEngine: typeof SchemaEngineType };
}

/**
 * Runs `work` with a schema engine on the database, then frees the engine and ends its connections.
 * Ending them matters: the engine takes Prisma's migration advisory lock on a pooled connection and
 * never unlocks it; left idle in the pool, that connection kept the lock for up to 10 s and the next
 * command's engine timed out waiting for it.
 */
async function withSchemaEngine<T>(connectionString: string, work: (engine: SchemaEngineType) => Promise<T>) {
  const { SchemaEngine } = await loadEngineModule();
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const factory = wholeScriptAdapterFactory(connectionString);
  const log = (line: string) => {
    if (process.env.PRISMA_ENGINE_LOG) console.error(line);
  };
  try {
    const engine = await SchemaEngine.new(
      { datamodels: [[SCHEMA_PATH, schema]] },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await factory.disposeAll();
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHAR_MARK = "\u0000char:";

/**
 * Two gaps of PrismaPg when it drives the schema engine, closed here:
 * - its executeScript splits scripts on every ";", breaking dollar-quoted function bodies in
 *   migrations: send each script whole (Postgres runs a multi-statement simple query as one
 *   implicit transaction, so a failing migration leaves nothing half-applied);
 * - it rejects the catalogue type "char" (pg_constraint.contype…) that introspection reads:
 *   let it through as text, marked by name, then type the column as the Character the engine expects.
 */
function wholeScriptAdapterFactory(connectionString: string) {
  const factory = new PrismaPg({ connectionString });
  const wrap = (adapter: PgAdapter) => {
    const pool = adapter.underlyingDriver();
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
    pool.query = (async (...args: unknown[]) => {
      const result = await query(...args);
      for (const field of result.fields ?? []) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_TEXT_OID;
        field.name = CHAR_MARK + field.name;
      }
      return result;
    }) as typeof pool.query;
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (sqlQuery) => {
      const result = await queryRaw(sqlQuery);
      result.columnNames.forEach((name, index) => {
        if (!name.startsWith(CHAR_MARK)) return;
        result.columnNames[index] = name.slice(CHAR_MARK.length);
        result.columnTypes[index] = ColumnTypeEnum.Character;
      });
      return result;
    };
    adapter.executeScript = async (script: string) => {
      await query(script);
    };
    return adapter;
  };
  const connected: PgAdapter[] = [];
  const track = (adapter: PgAdapter) => {
    connected.push(adapter);
    return wrap(adapter);
  };
  return {
    provider: "postgres" as const,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    disposeAll: () => Promise.all(connected.splice(0).map((adapter) => adapter.dispose())),
  };
}

function readMigrationsList(): MigrationList {
  const directories = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: "migration.sql is missing" },
        },
      };
    }),
  };
}

/** Applies every pending migration; returns the names it applied. */
// Held around every application of the migrations, on a connection of its own, so commands run
// while instances start (db:migrate, admin:create, import…) take turns with them instead of
// meeting Prisma's 10 s migration-lock timeout. Distinct from prepare-database.ts's key, which
// that module holds around this call.
const MIGRATE_LOCK_KEY = 5_150_002;

export async function applyMigrations(connectionString: string) {
  const lock = new pg.Client({ connectionString, application_name: "catalogo-migrate" });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK_KEY]);
    const result = await withSchemaEngine(connectionString, (engine) =>
      engine.applyMigrations({ migrationsList: readMigrationsList(), filters: NO_FILTERS }),
    );
    return result.appliedMigrationNames;
  } finally {
    // Ending the session releases the lock, also when migrating failed.
    await lock.end();
  }
}

/**
 * SQL for the difference between the migrations folder and a schema (prisma/schema.prisma by
 * default); empty when they agree. The migrations are replayed on a scratch database on the same
 * server (needs CREATEDB), dropped afterwards: the engine's own shadow database, through the
 * adapter, fails on the first migration.
 */
export async function diffMigrationsToSchema(connectionString: string, schema = readFileSync(SCHEMA_PATH, "utf8")) {
  const shadowName = `prisma_shadow_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${shadowName}"`);
  const shadowUrl = new URL(connectionString);
  shadowUrl.pathname = `/${shadowName}`;
  try {
    await applyMigrations(shadowUrl.toString());
    const files = [{ path: SCHEMA_PATH, content: schema }];
    const result = await withSchemaEngine(shadowUrl.toString(), (engine) =>
      engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      }),
    );
    return result.stdout ?? "";
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
    await admin.end();
  }
}

/** The statements of a migration script, without the comments and blank lines the engine adds. */
export function migrationStatements(script: string) {
  return script
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"))
    .join("\n");
}
