import { describe, expect, it } from "vitest";
import { importFormatOf, MAX_IMPORT_PROBLEMS } from "@/lib/import/limits";
import { parseInWorker } from "@/lib/import/parse-in-worker";
import { MAX_ECHO_CHARS } from "@/lib/text";
import { hostileFiles } from "../support/hostile-imports";
import { TEST_REFERENCE as reference } from "../support/reference";

// Each file of issue #12 that took a server process down (heap exhausted, event loop blocked for
// a minute, stack overflow, a gigabyte unzipped) is now refused or reported by the limits while it
// is read — not by the worker's safety net of heap and time — quickly and with a clear message.

const SAFETY_NET = /memoria disponibile|tempo disponibile|non si è potuto leggere/;

describe("hostile import files", () => {
  it.each(hostileFiles().map((file) => [file.name, file] as const))(
    "%s fails its own import with a clear message",
    { timeout: 60_000 },
    async (_name, file) => {
      const started = performance.now();
      const parsed = await parseInWorker(file.bytes, importFormatOf(file.name)!, reference);
      const seconds = (performance.now() - started) / 1000;
      const messages = parsed.problems.map((problem) => problem.message);
      console.log(`${file.name}: ${seconds.toFixed(2)} s, ${parsed.problemCount} problemi`);
      expect(messages.join("\n")).toMatch(file.expect);
      expect(messages.join("\n")).not.toMatch(SAFETY_NET);
      expect(parsed.rows).toEqual([]);
      expect(parsed.problems.length).toBeLessThanOrEqual(MAX_IMPORT_PROBLEMS);
      // What would be stored and rendered: bounded whatever the file (it was 44 MB for 200 KB).
      expect(JSON.stringify(parsed.problems).length).toBeLessThan(1024 * 1024);
      for (const problem of parsed.problems) expect(problem.message.length).toBeLessThan(600);
      for (const problem of parsed.problems)
        expect((problem.column ?? "").length).toBeLessThanOrEqual(MAX_ECHO_CHARS + 1);
      // Generous (a loaded 2-core machine): the files ran for 16 s to over a minute before.
      expect(seconds).toBeLessThan(30);
    },
  );
});
