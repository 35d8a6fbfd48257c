import type { ChildProcess } from "node:child_process";

/**
 * Forwards a test server's output (spawned with stdout and stderr piped) and collects the lines
 * reporting an exception nothing handled: Next logs them and goes on, so no test would notice,
 * but the process is then in a state nobody planned — a pool's idle connection closed by a
 * stopping database was one. The suites fail when any were seen.
 */
export function watchForUncaught(child: ChildProcess) {
  const found: string[] = [];
  for (const [stream, sink] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let partial = "";
    stream?.on("data", (chunk: Buffer) => {
      sink.write(chunk);
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop() ?? "";
      found.push(...lines.filter((line) => /uncaughtException|unhandledRejection/.test(line)));
    });
  }
  return found;
}

/** The suites' closing line when the server had unhandled exceptions, or null. */
export function uncaughtReport(found: string[]) {
  return found.length ? `\nIl server ha avuto ${found.length} eccezioni non gestite:\n${found.join("\n")}` : null;
}
