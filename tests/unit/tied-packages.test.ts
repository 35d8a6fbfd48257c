import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TIED_PACKAGES } from "@/lib/tied-packages";

const readJson = (file: string) => JSON.parse(readFileSync(path.resolve(file), "utf8"));
const manifest = readJson("package.json");
const lock = readJson("package-lock.json");
const declared = (name: string): string | undefined =>
  manifest.dependencies?.[name] ?? manifest.devDependencies?.[name];
const releaseOf = (version: string) => version.split(".").slice(0, 2).join(".");

describe.each(TIED_PACKAGES.map((group) => [group.packages.join(", "), group] as const))("%s", (_, group) => {
  it.each([...group.packages])("%s is pinned to an exact version, the one installed", (name) => {
    const version = declared(name);
    expect(version, `${name} is not a dependency`).toBeDefined();
    expect(version, `${name}: exact version, no range`).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
    expect(lock.packages[""].dependencies?.[name] ?? lock.packages[""].devDependencies?.[name]).toBe(version);
    expect(lock.packages[`node_modules/${name}`]?.version, `${name} in package-lock.json`).toBe(version);
    expect(readJson(`node_modules/${name}/package.json`).version, `${name} installed`).toBe(version);
  });

  it("names tests that exist", () => {
    for (const test of group.tests) expect(existsSync(path.resolve(test)), test).toBe(true);
  });

  if (group.sameRelease)
    it("are of one release", () => {
      expect(new Set(group.packages.map((name) => releaseOf(declared(name) ?? "")))).toHaveProperty("size", 1);
    });
});
