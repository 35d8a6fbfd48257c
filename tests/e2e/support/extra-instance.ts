import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect } from "./test";

/** A port nothing listens on now, for a server of a test's own. */
export async function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One more production server (one worker) on a port of its own, against the suite's database and
 * build, with `env` over the suite's environment; ready when its health check answers.
 */
export async function startInstance(env: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [path.resolve("scripts/serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", SITE_URL: url, ...env },
    },
  );
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  return { url, stop };
}
