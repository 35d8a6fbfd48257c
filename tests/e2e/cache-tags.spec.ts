import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "./support/test";
import { freePort } from "./support/extra-instance";
import { cachedFunctions } from "./support/routes";

// Every 'use cache' function is also a server action that anyone can POST any arguments to. Each
// one checks its arguments before it tags its entry: a value that is not a slug never becomes a
// cache tag, so Next never sees a tag over its 256-character limit ("invalid tags passed to
// cacheTag()" in the server's output). Its own server, whose output this test reads.

let server: ChildProcess | undefined;
let serverUrl = "";
let output = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  serverUrl = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [path.resolve("scripts/serve.ts"), "--port", String(port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", SITE_URL: serverUrl },
    },
  );
  server.stdout!.on("data", (data: Buffer) => (output += data));
  server.stderr!.on("data", (data: Buffer) => (output += data));
  await expect
    .poll(async () => (await fetch(`${serverUrl}/api/health`).catch(() => null))?.status, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
});

test("cached reads given a 300-character slug answer without tagging anything invalid", async () => {
  test.setTimeout(90_000);
  const cached = cachedFunctions().filter((action) => action.onPage);
  expect(cached.length).toBeGreaterThan(10);
  const slug = "x".repeat(300);
  for (const action of cached) {
    const response = await fetch(serverUrl + action.pageUrl, {
      method: "POST",
      headers: {
        "Next-Action": action.id,
        Origin: serverUrl,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      body: JSON.stringify([slug]),
      redirect: "manual",
    });
    await response.arrayBuffer();
    expect(response.status, `${action.file}#${action.name}`).toBe(200);
  }
  // A sheet that exists is still tagged and served (the check did not turn every lookup away).
  expect((await fetch(`${serverUrl}/pratiche`)).status).toBe(200);
  expect(output).not.toContain("invalid tags");
  expect(output).not.toContain(slug);
});
