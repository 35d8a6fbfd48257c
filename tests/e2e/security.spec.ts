import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type APIResponse } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";
import { cachedFunctions, postAction, serverActions } from "./support/routes";
import { tableCounts } from "./support/table-counts";

const COUNTED_TABLES = ["Practice", "PracticeRevision", "User", "Session", "Term", "ImportJob"];

// Hostile URLs never make the site fail (a normal page or a clean 400/404, never a 500), no
// response leaks a stack trace, SQL or a file path, and server actions refuse cross-origin posts.

const HOSTILE_VALUES = [
  "x".repeat(5_000),
  "' OR 1=1 --",
  '\'; DROP TABLE "Practice"; --',
  '1 UNION SELECT password FROM "User"',
  "%00",
  "\u0000nul",
  "../../../../etc/passwd",
  "..%2F..%2F..%2Fetc%2Fpasswd",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "città 東京 🚀 \u202e\u200b",
  "%E0%A4%A",
  "%ED%A0%80",
  "-1",
  "99999999999999999999",
  "[]{}$ne",
];

// What a leaked error looks like: a stack frame, a server path, a Prisma or Postgres message.
// (The hostile value itself may be echoed back as text, e.g. "Nessun risultato per «…»".)
const LEAKS = [
  /\bat [\w.<>]+ \(/,
  /node_modules/,
  /\/work\//,
  /\.tsx?:\d+/,
  /PrismaClient|Invalid `prisma/i,
  /syntax error at or near/i,
  /relation "[^"]+" does not exist/i,
  /DatabaseError|PostgresError|ECONNREFUSED/,
];

function expectClean(response: APIResponse, body: string, label: string) {
  expect([200, 400, 404], label).toContain(response.status());
  for (const leak of LEAKS) expect(body, `${label} leaks ${leak}`).not.toMatch(leak);
}

test("hostile search parameters give a normal listing or a clean error", async ({ request }) => {
  test.setTimeout(120_000);
  const params = ["q", "regione", "area", "tipo", "ordina", "pagina", "ente", "sostenibilita"];
  for (const value of HOSTILE_VALUES) {
    for (const name of params) {
      const url = `/pratiche?${name}=${encodeURIComponent(value)}`;
      const response = await request.get(url, { maxRedirects: 0 });
      expectClean(response, await response.text(), url);
    }
    // Raw, not re-encoded: a malformed percent escape reaches the server as typed.
    const raw = `/pratiche?q=${value.replace(/[\s#]/g, "+")}`;
    const response = await request.get(raw, { maxRedirects: 0 }).catch(() => null);
    if (response) expectClean(response, await response.text(), raw);
  }
});

test("hostile slugs and paths give a clean 404 or 400", async ({ request }) => {
  test.setTimeout(120_000);
  const prefixes = ["/pratiche/", "/regioni/", "/enti/", "/api/v1/pratiche/", "/admin/pratiche/", "/statistiche/"];
  for (const value of HOSTILE_VALUES) {
    for (const prefix of prefixes) {
      const url = prefix + encodeURIComponent(value);
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      const body = await response.text();
      // Admin paths answer anonymous requests with the sign-in redirect before looking at the id.
      if (prefix.startsWith("/admin/") && status === 307) continue;
      expectClean(response, body, url);
    }
  }
  for (const url of [
    "/pratiche/..%2F..%2Fetc%2Fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/pratiche/%00",
    "/pratiche/a%00b",
    "/api/v1/pratiche?pagina=%00",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expectClean(response, await response.text(), url);
  }
});

test("a path whose percent-encoding does not decode is a 400 with the security headers, not a 500", async ({
  request,
}) => {
  for (const url of [
    "/pratiche/%E0",
    "/regioni/%E0%A4%A",
    "/enti/abc%2",
    "/segnala/stato/%E0",
    "/api/v1/pratiche/%ED%A0%80",
    "/admin/invito/%E0",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(response.headers()["content-security-policy"], url).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(await response.text(), url).toBe("Indirizzo non valido.");
  }
});

test("the public API answers hostile parameters with data or a clean 400", async ({ request }) => {
  for (const value of HOSTILE_VALUES) {
    for (const name of ["q", "regione", "pagina", "per_pagina", "ordina"]) {
      const url = `/api/v1/pratiche?${name}=${encodeURIComponent(value)}`;
      const response = await request.get(url);
      expectClean(response, await response.text(), url);
    }
  }
});

test.describe("signed in as editor", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("server actions refuse a cross-origin post and write nothing", { tag: "@counts-rows" }, async ({ request }) => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(3);
    const before = await tableCounts(COUNTED_TABLES);
    for (const action of actions) {
      const response = await postAction(request, action, "https://evil.example", "[]");
      expect(response.status(), `${action.file}#${action.name}`).toBe(403);
      const body = await response.text();
      for (const leak of LEAKS) expect(body, `${action.name} leaks ${leak}`).not.toMatch(leak);
    }
    expect(await tableCounts(COUNTED_TABLES)).toEqual(before);
    // The cross-origin logout above did not revoke the session.
    const page = await request.get("/admin/pratiche", { maxRedirects: 0 });
    expect(page.status()).toBe(200);
  });
});

test("every page carries the content security policy", async ({ request }) => {
  for (const url of ["/", "/pratiche?q=anziani", "/admin/login", "/pagina-inesistente"]) {
    const csp = (await request.get(url, { maxRedirects: 0 })).headers()["content-security-policy"] ?? "";
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain("object-src 'none'");
    expect(csp, url).toContain("base-uri 'self'");
    expect(csp, url).toContain("form-action 'self'");
    const scripts = csp.split(";").find((part) => part.trim().startsWith("script-src ")) ?? "";
    expect(scripts, url).toMatch(/'nonce-/);
    expect(scripts, url).not.toContain("unsafe-inline");
  }
});

async function sql<T extends pg.QueryResultRow>(text: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

// What a cached read returns goes, as it is, to whoever calls it as an action: the reads behind
// them select the fields the public pages show (lib/practices/public-fields.ts), never whole rows.
// A published sheet's row also tells whether it has saved changes not yet published
// (draftVersion) and when they will be (publishAt); an attack run read both this way.
const STAFF_ONLY_FIELDS = [
  "draftVersion",
  "publishAt",
  "searchExtra",
  "facetKeys",
  "passwordHash",
  "tokenHash",
  "clientAddress",
  "submitterEmail",
];

test("cached reads called as server actions answer only what the public pages show", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const [sheet] = await sql<{
    id: number;
    slug: string;
    entitySlug: string;
    regionId: number;
    regionName: string;
    ripartizione: string;
    istatCode: string;
    populationBand: string;
    province: string | null;
  }>(
    `SELECT p."id", p."slug", e."slug" AS "entitySlug", e."regionId", r."name" AS "regionName", r."ripartizione",
            e."istatCode", e."populationBand", e."province"
     FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"
     WHERE p."status" = 'PUBLISHED' AND e."istatCode" IS NOT NULL AND e."populationBand" IS NOT NULL
     ORDER BY p."id" LIMIT 1`,
  );
  expect(sheet).toBeTruthy();
  const profile = {
    istatCode: sheet!.istatCode,
    band: sheet!.populationBand,
    ripartizione: sheet!.ripartizione,
    regionId: sheet!.regionId,
    regionName: sheet!.regionName,
    provinceName: sheet!.province ?? "",
  };
  // Arguments under which the reads find the sheet: its slug, its entity's, its id and region, a
  // profile its comune matches, none at all (the home page's overview, the lists).
  const argumentLists = [[], [sheet!.slug], [sheet!.entitySlug], [sheet!.id, sheet!.regionId], [profile, null]];
  let answersWithTheSheet = 0;
  for (const action of cachedFunctions().filter((cached) => cached.onPage)) {
    for (const args of argumentLists) {
      const response = await postAction(request, action, baseURL!, JSON.stringify(args));
      const label = `${action.file}#${action.name} ${JSON.stringify(args).slice(0, 40)}`;
      expect(response.status(), label).toBe(200);
      const body = await response.text();
      if (body.includes(`"slug":"${sheet!.slug}"`) && body.includes('"description"')) answersWithTheSheet++;
      for (const field of STAFF_ONLY_FIELDS) expect(body, `${label} answers ${field}`).not.toContain(`"${field}"`);
    }
  }
  // The detail, the entity page, the overview and the suggestions for a similar comune.
  expect(answersWithTheSheet).toBeGreaterThanOrEqual(3);
});

test("addresses of sheets that do not exist leave nothing on disk", async ({ request }) => {
  const cacheDir = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "server");
  const files = () => readdirSync(cacheDir, { recursive: true }).length;
  const before = files();
  for (let i = 0; i < 20; i++) {
    const slug = `scheda-inesistente-${Date.now().toString(36)}-${i}`;
    for (const prefix of ["/pratiche/", "/regioni/", "/enti/"])
      expect((await request.get(prefix + slug)).status()).toBe(404);
  }
  expect(files()).toBe(before);
});

// Next registers every 'use cache' function as a server action: anyone can POST it any arguments.
// Each one bounds them itself, as the pages do (a 12 KB search text, 3,000 facet values, a page
// number past the last, objects where a slug or an id belongs), and answers normally.
test("cached reads called as server actions with hostile arguments answer like the pages", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const cached = cachedFunctions();
  expect(cached.length).toBeGreaterThan(10);
  const hostileFilters = {
    q: Array.from({ length: 1_500 }, (_, i) => `anzianni${i}`).join(" "),
    facets: { regione: Array.from({ length: 3_000 }, (_, i) => `regione-${i}`), area: [{ a: 1 }] },
    sort: "DROP TABLE",
    page: 1e12,
  };
  const argumentLists = [
    [hostileFilters, { slug: "x".repeat(5_000), label: "y".repeat(50_000) }],
    ["x".repeat(12_000), -1],
    [{ istatCode: "0".repeat(5_000), band: "X", ripartizione: [], regionId: 1e9, regionName: {} }, null],
  ];
  for (const action of cached) {
    for (const args of argumentLists) {
      const response = await postAction(request, action, baseURL!, JSON.stringify(args));
      const body = await response.text();
      const label = `${action.file}#${action.name} ${JSON.stringify(args).slice(0, 40)}`;
      // Used by route handlers only: not reachable as an action at all.
      if (!action.onPage) {
        expect(response.status(), label).toBe(405);
        continue;
      }
      expect(response.status(), label).toBe(200);
      expect(body, label).not.toMatch(/"digest"/);
      for (const leak of LEAKS) expect(body, `${label} leaks ${leak}`).not.toMatch(leak);
    }
  }
});
