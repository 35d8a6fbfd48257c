import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The HTTP test (tests/e2e/admin-authorization.spec.ts) meets the proxy first; this one proves
// the checks the proxy does not replace are in the code: in every admin page, and as the first
// statement of every exported server action.

function files(dir: string, match: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, match) : match.test(name) ? [full] : [];
  });
}

const PUBLIC_ACTIONS = new Set(["lib/auth/actions.ts#login", "lib/auth/actions.ts#logout"]);

describe("admin guards in the source", () => {
  it("every admin page checks the session itself", () => {
    // app/admin/(area)/page.tsx only redirects to the sheet list and shows nothing.
    const pages = files("app/admin/(area)", /^page\.tsx$/).filter(
      (file) => file !== path.join("app/admin/(area)", "page.tsx"),
    );
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(readFileSync(page, "utf8"), page).toMatch(/await requirePageUser\(/);
  });

  it("every exported server action starts with requireActionUser", () => {
    const actionFiles = files("lib", /\.ts$/).filter((file) =>
      /^["']use server["'];/m.test(readFileSync(file, "utf8")),
    );
    expect(actionFiles.length).toBeGreaterThan(1);
    for (const file of actionFiles) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/export async function (\w+)\([^)]*\)[^{]*\{\s*\n\s*(.*)/g)) {
        const [, name, firstLine] = match;
        if (PUBLIC_ACTIONS.has(`${file.replaceAll(path.sep, "/")}#${name}`)) continue;
        expect(firstLine, `${file}#${name}`).toMatch(/await requireActionUser\(/);
      }
    }
  });

  it("every admin route handler checks the session itself", () => {
    const handlers = [
      ...files("app/admin", /^route\.ts$/),
      ...files("app", /^route\.ts$/).filter((f) => f.includes(`${path.sep}api${path.sep}admin`)),
    ];
    for (const handler of handlers) {
      const source = readFileSync(handler, "utf8");
      for (const match of source.matchAll(
        /export async function (GET|POST|PUT|PATCH|DELETE)\([^)]*\)[^{]*\{\s*\n\s*(.*)/g,
      )) {
        expect(match[2], `${handler} ${match[1]}`).toMatch(/requireActionUser\(/);
      }
    }
  });
});
