import path from "node:path";
import { IMPORT_TIME_LIMIT_MS, IMPORT_WORKER_HEAP_MB, type ImportFormat } from "@/lib/import/limits";
import { refusedFile, type ParsedFile } from "@/lib/import/parse-file";
import type { ValidateOptions } from "@/lib/import/validate-rows";
import type { Reference } from "@/lib/practices/practice-input";

// A file is read and checked off the request thread, in a worker thread with its own heap limit
// and a time budget: a file that still gets past the limits of limits.ts fails its own import
// (the worker is ended) and never stalls or takes down the server process. One file at a time per
// process, a few waiting; more are refused at once.
//
// By path from the project folder, not bundled: the server runs from it (scripts/serve.ts) and so
// do the CLI and the tests.
const WORKER_FILE = path.join(process.cwd(), "lib/import/parse-worker.mjs");
// Not `import { Worker } from "node:worker_threads"`: Turbopack then bundles any file given to
// `new Worker` as an entry of its own — here tsx and esbuild's binary, which fails the build
// (a `turbopackIgnore` comment did not stop it in Next 16.4).
const { Worker } = process.getBuiltinModule("node:worker_threads");
const MAX_WAITING = 10;

const TOO_SLOW = `Il file supera il tempo disponibile per il controllo (${IMPORT_TIME_LIMIT_MS / 1000} secondi): dividilo in più file e importali uno alla volta.`;
const TOO_BIG = `Il file supera la memoria disponibile per il controllo: dividilo in più file e importali uno alla volta.`;
const BUSY = "Il server sta già controllando altri file: riprova tra qualche minuto.";
const FAILED = "Il file non si è potuto leggere: controlla che sia un .csv, .xlsx o .json valido (vedi il modello).";

let running = 0;
const waiting: (() => void)[] = [];

type ImportWorker = InstanceType<typeof Worker> & { exited?: boolean };

function spawnWorker(): ImportWorker {
  const worker: ImportWorker = new Worker(WORKER_FILE, {
    // Not the parent's flags: the server's --max-old-space-size is not the worker's.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });
  worker.once("exit", () => (worker.exited = true));
  // A spare that fails to start is replaced when it is needed.
  worker.on("error", () => {});
  return worker;
}

// One worker started ahead, its code loaded, so that an upload does not wait for the start
// (about a second on a busy machine). Each worker checks one file and is ended: a file that
// filled a worker's heap never leaves anything behind for the next.
let spare: ImportWorker | null = null;

function takeWorker(): ImportWorker {
  const worker = spare && !spare.exited ? spare : spawnWorker();
  spare = null;
  worker.ref();
  return worker;
}

function prepareSpare() {
  if (spare && !spare.exited) return;
  spare = spawnWorker();
  // Idle, it must not keep a command-line import or a test run alive.
  spare.unref();
}

export async function parseInWorker(
  bytes: Uint8Array,
  format: ImportFormat,
  reference: Reference,
  options: ValidateOptions = { clearBlanks: false, knownCodes: [] },
) {
  if (running > 0 && waiting.length >= MAX_WAITING) return refusedFile(BUSY);
  if (running > 0) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await runWorker(bytes, format, reference, options);
  } finally {
    running--;
    prepareSpare();
    waiting.shift()?.();
  }
}

function runWorker(
  bytes: Uint8Array,
  format: ImportFormat,
  reference: Reference,
  options: ValidateOptions,
): Promise<ParsedFile> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = takeWorker();
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => resolve(refusedFile(TOO_SLOW))), IMPORT_TIME_LIMIT_MS);
    worker.on("message", (message: { parsed?: ParsedFile; failed?: string }) => {
      if (message.failed) console.error(`Importazione: file non leggibile (${message.failed}).`);
      settle(() => resolve(message.parsed ?? refusedFile(FAILED)));
    });
    worker.on("error", (error: Error & { code?: string }) =>
      settle(() =>
        error.code === "ERR_WORKER_OUT_OF_MEMORY" || error instanceof RangeError
          ? resolve(refusedFile(TOO_BIG))
          : reject(error),
      ),
    );
    worker.on("exit", (code) => settle(() => reject(new Error(`Il controllo del file è terminato (codice ${code}).`))));
    worker.postMessage({ bytes, format, reference, options });
  });
}
