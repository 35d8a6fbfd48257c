import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";

// scripts/serve.ts asks PostgreSQL (the test database) for max_connections before forking, and
// refuses to start workers whose connections could not all be opened.

describe("the production server", () => {
  it("refuses to start more workers than the database server has connections for", async () => {
    const server = spawn(process.execPath, ["scripts/serve.ts", "--port", "1", "--hostname", "127.0.0.1"], {
      env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "50", DATABASE_POOL_SIZE: "5" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-server.pid!, "SIGKILL"), 30_000);
    const [code] = await once(server, "exit");
    clearTimeout(timer);
    expect(output).toMatch(
      /50 processi × 14 connessioni \(DATABASE_POOL_SIZE 5 \+ 9 [^)]*\) = 700, oltre le \d+ che il server concede/,
    );
    expect(code).toBe(1);
  }, 40_000);
});
