// The worker thread of parse-in-worker.ts. Plain JavaScript, loaded by path, so that the same file
// runs under the Next server, the CLI and the tests; it compiles the TypeScript it needs with tsx
// (a dependency), which also resolves the project's `@/` paths from tsconfig.json. It loads that
// code as soon as it starts (a spare worker waits ready), then checks the one file it is sent.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const options = { parentURL: import.meta.url, tsconfig: new URL("../../tsconfig.json", import.meta.url).pathname };
const loading = tsImport("./parse-file.ts", options);
loading.catch(() => {});

parentPort.once("message", async ({ bytes, format, reference, options }) => {
  try {
    const { parseImportFile } = await loading;
    parentPort.postMessage({ parsed: await parseImportFile(bytes, format, reference, options) });
  } catch (error) {
    // A file the limits let through but the readers still cannot take (a RangeError deep in a
    // library): reported as a refusal, with what went wrong for the server's log.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    parentPort.postMessage({ failed: reason.slice(0, 500) });
  }
});
