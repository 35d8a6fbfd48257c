import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPortFree, startEmbeddedPostgres, embeddedUrl, type RunningPostgres } from "./embedded-postgres.ts";
import { ensureDatabaseExists } from "./server-admin.ts";

export const EMBEDDED_DATA_DIR = path.resolve(".data/postgres");
export const EMBEDDED_DEV_PORT = 54329;
export const EMBEDDED_DATABASE = "catalogo";

export type OpenDatabase = RunningPostgres & {
  embedded: boolean;
  /** The embedded cluster was already running (started by `npm start` or another command). */
  shared: boolean;
};

/**
 * The database the scripts work on: `DATABASE_URL` when set (an external server); otherwise the
 * embedded PostgreSQL under `.data/postgres` — the one already running for `npm start` or another
 * command when there is one (its data folder can be served by one server only), else started here
 * and stopped by `stop()`. An expected failure ends the process with one line saying why.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  try {
    return await openOrStart();
  } catch (error) {
    console.error(error instanceof Error ? error.message : `Database non disponibile: ${String(error)}`);
    process.exit(1);
  }
}

async function openOrStart(): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    try {
      await ensureDatabaseExists(external);
    } catch (error) {
      throw new Error(`Il database di DATABASE_URL non risponde: ${describe(error)}`);
    }
    return {
      url: external,
      port: Number(new URL(external).port || 5432),
      stop: async () => {},
      embedded: false,
      shared: false,
    };
  }

  const running = await findRunningEmbedded();
  if (running) return running;

  // The usual port makes `psql` easy; another free one is taken when something else holds it.
  const port = (await isPortFree(EMBEDDED_DEV_PORT)) ? EMBEDDED_DEV_PORT : undefined;
  try {
    const pg = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port, database: EMBEDDED_DATABASE });
    return { ...pg, embedded: true, shared: false };
  } catch (error) {
    throw new Error(`Il PostgreSQL integrato (.data/postgres) non si avvia: ${describe(error)}`);
  }
}

/**
 * The embedded cluster another process is serving, found through PostgreSQL's own
 * `postmaster.pid` (its 4th line is the port). Leaving it running is the caller's part: `stop()`
 * does nothing, except for a cluster whose starter died (an orphan), which the caller adopts.
 */
export async function findRunningEmbedded(): Promise<OpenDatabase | null> {
  const lock = readPostmasterPid();
  if (!lock || !isPostmaster(lock.pid)) return null;
  const url = embeddedUrl(lock.port, EMBEDDED_DATABASE);
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await ensureDatabaseExists(url);
      break;
    } catch (error) {
      // A cluster that is starting up or shutting down answers within seconds.
      if (Date.now() > deadline) {
        throw new Error(
          `Il PostgreSQL integrato è avviato (pid ${lock.pid}, porta ${lock.port}) ma non risponde: ${describe(error)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const orphan = isOrphan(lock.pid);
  return {
    url,
    port: lock.port,
    embedded: true,
    shared: true,
    stop: async () => {
      if (orphan) await stopCluster(lock.pid);
    },
  };
}

function readPostmasterPid() {
  try {
    const lines = readFileSync(path.join(EMBEDDED_DATA_DIR, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 ? { pid, port } : null;
  } catch {
    return null;
  }
}

/** A live PostgreSQL process: a stale pid file's pid may since belong to another program. */
function isPostmaster(pid: number) {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
  } catch {
    return true; // no /proc: trust the signal probe
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A postmaster whose parent is init: the command that started it was killed without stopping it. */
function isOrphan(pid: number) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return ppid === 1;
  } catch {
    return false;
  }
}

async function stopCluster(pid: number) {
  // SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, data is flushed.
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Other sessions on the database: a running site (or another command) holds some. */
export async function otherConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return result.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

function describe(error: unknown) {
  if (error instanceof Error && error.message) return error.message;
  if (error === undefined) return "vedi i messaggi sopra";
  return String(error);
}
