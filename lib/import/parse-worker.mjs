// The worker thread of parse-in-worker.ts. Plain JavaScript, loaded by path, so that the same file
// runs under the Next server, the CLI and the tests; it compiles the TypeScript it needs with tsx
// (a dependency), which also resolves the project's `@/` paths from tsconfig.json.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const options = { parentURL: import.meta.url, tsconfig: new URL("../../tsconfig.json", import.meta.url).pathname };
const { parseImportFile } = await tsImport("./parse-file.ts", options);
const { bytes, format, reference } = workerData;
try {
  parentPort.postMessage({ parsed: await parseImportFile(bytes, format, reference) });
} catch (error) {
  // A file the limits let through but the readers still cannot take (a RangeError deep in a
  // library): reported as a refusal, with what went wrong for the server's log.
  parentPort.postMessage({
    failed: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500),
  });
}
