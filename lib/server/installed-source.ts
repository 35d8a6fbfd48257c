import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The text of a file of an installed package (as the app resolves it from the project's root), or
 * null when that package or file is not installed. For code that accepts exactly what the
 * installed framework writes.
 */
export function readInstalledSource(specifier: string): string | null {
  try {
    const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
    return readFileSync(resolve(specifier), "utf8");
  } catch {
    return null;
  }
}
