import { expect, test, type Page } from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import Papa from "papaparse";
import pg from "pg";
import { ACCOUNTS } from "../e2e/support/accounts";
import { HOSTILE_CODE, HOSTILE_SUMMARY, HOSTILE_TITLE, hostileSheets, PWNED } from "./support/sheets";

// A published sheet whose every text field holds markup, script, javascript: links and SQL
// (imported by scripts/test-faults.ts before the build) renders inert everywhere: listing, detail,
// entity and region pages, admin pages and preview, feed, CSV, JSON and JSON-LD — checked in
// Chromium: no script runs, no element or handler is injected, the text shows as typed.

let sheet: { id: number; slug: string; entitySlug: string };

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    `SELECT p."id", p."slug", e."slug" AS "entitySlug" FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" WHERE p."code" = $1`,
    [HOSTILE_CODE],
  );
  await client.end();
  expect(rows).toHaveLength(1);
  sheet = rows[0];
});

const INJECTED =
  'img[src="x"], iframe, svg[onload], [onerror], [onload], [onmouseover], a[href^="javascript:"], style:not([data-precedence]):not([nonce])';

async function expectInert(page: Page, url: string, { showsTitle = true } = {}) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await page.waitForLoadState("networkidle");
  expect(
    await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED),
    `${url}: a hostile script ran`,
  ).toBeUndefined();
  expect(dialogs, url).toEqual([]);
  const injected = await page.locator(INJECTED).evaluateAll((nodes) => nodes.map((n) => n.outerHTML.slice(0, 120)));
  expect(injected, `${url}: injected elements`).toEqual([]);
  // Hostile text may sit inside data scripts (JSON-LD, checked below; React's payload) as escaped
  // strings; no other script element may carry it.
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((nodes) =>
      nodes.map((n) => n.textContent ?? "").filter((t) => t.includes("__pwned") && !t.includes("self.__next_f")),
    );
  expect(scripts, `${url}: a script element carries hostile code`).toEqual([]);
  if (showsTitle)
    await expect(page.getByText("<script>window.__pwned=1</script>", { exact: false }).first()).toBeVisible();
  if (errors.length) console.log(`${url}: page errors ${errors.join("; ")}`);
}

test("public pages show the hostile sheet as text, and nothing runs", async ({ page }) => {
  await expectInert(page, `/pratiche/${sheet.slug}`);
  await expectInert(page, `/pratiche?q=${encodeURIComponent("Ostile")}`);
  await expectInert(page, `/enti/${sheet.entitySlug}`);
  await expectInert(page, "/regioni/puglia", { showsTitle: false });
  await expectInert(page, "/", { showsTitle: false });
});

test("JSON-LD keeps </script> inside the data and parses back to the sheet", async ({ page }) => {
  await page.goto(`/pratiche/${sheet.slug}`);
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ""));
  expect(blocks.length).toBeGreaterThan(0);
  const parsed = blocks.map((text) => JSON.parse(text));
  const text = JSON.stringify(parsed);
  expect(text).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
  expect(text).toContain(JSON.stringify(HOSTILE_SUMMARY).slice(1, -1));
  // The raw HTML never closes the JSON-LD script early.
  const html = await (await page.request.get(`/pratiche/${sheet.slug}`)).text();
  for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []) {
    expect(block.slice(0, -"</script>".length)).not.toMatch(/<\/script/i);
  }
});

test("feed, CSV, JSON and API carry the text escaped, with non-HTML types", async ({ page, request }) => {
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toMatch(/xml/);
  const xml = await feed.text();
  await page.goto("/");
  const feedCheck = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      scripts: doc.getElementsByTagName("script").length + doc.getElementsByTagName("img").length,
      texts: [...doc.getElementsByTagName("title")].map((t) => t.textContent),
    };
  }, xml);
  expect(feedCheck.error).toBe(0);
  expect(feedCheck.scripts).toBe(0);
  expect(feedCheck.texts).toContain(HOSTILE_TITLE);

  const csv = await request.get("/open-data/pratiche.csv");
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
  const rows = Papa.parse<string[]>((await csv.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  expect(rows.some((row) => row.includes(HOSTILE_TITLE))).toBe(true);

  for (const url of ["/open-data/pratiche.json", `/api/v1/pratiche/${sheet.slug}`]) {
    const response = await request.get(url);
    expect(response.headers()["content-type"], url).toMatch(/json/);
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(JSON.stringify(await response.json()), url).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
  }
});

test("admin list, edit form, preview and history show it inert", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(ACCOUNTS.editor.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(/\/admin\/pratiche/);
  await expectInert(page, `/admin/pratiche?q=${encodeURIComponent("Ostile")}`, { showsTitle: false });
  await expectInert(page, `/admin/pratiche/${sheet.id}`, { showsTitle: false });
  // The edit form holds the hostile text as field values, exactly as typed.
  expect(
    await page
      .locator("input, textarea")
      .evaluateAll((nodes, title) => nodes.some((n) => (n as HTMLInputElement).value === title), HOSTILE_TITLE),
  ).toBe(true);
  await expectInert(page, `/admin/pratiche/${sheet.id}/anteprima`);
  await expectInert(page, `/admin/pratiche/${sheet.id}/storico`, { showsTitle: false });
});

test("a hostile public proposal stays text on its status page and in the moderation views", async ({ page }) => {
  // Written as the form would store it (its private link's token hashed), every text hostile.
  const token = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const values = Object.fromEntries(
    Object.entries(hostileSheets()[0]!)
      .filter(([key]) => !["codice", "stato", "regione"].includes(key))
      .map(([key, value]) => [key, Array.isArray(value) ? value : String(value)]),
  );
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO "Submission" ("code", "kind", "status", "tokenHash", "payload", "title", "entityName", "regionId",
       "submitterName", "submitterRole", "submitterEmail", "submitterEntity", "rejectionReason", "flagged")
     VALUES ($1, 'NEW_PRACTICE', 'REJECTED', $2, $3, $4, $5, 16, $6, $6, 'a@b.it', $6, $7, true) RETURNING "id"`,
    [
      `SEG-OSTILE-${Date.now()}`,
      createHash("sha256").update(token).digest("hex"),
      JSON.stringify({ version: 1, kind: "NEW_PRACTICE", values: { ...values, regione: "puglia" } }),
      HOSTILE_TITLE,
      values.ente_nome,
      `<img src=x onerror="window.${PWNED}=20">`,
      `${HOSTILE_SUMMARY} <script>window.${PWNED}=21</script>`,
    ],
  );
  await client.end();
  const id = rows[0]!.id;

  await expectInert(page, `/segnala/stato/${token}`);
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(ACCOUNTS.editor.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(/\/admin\/pratiche/);
  await expectInert(page, "/admin/segnalazioni?stato=non-pubblicata");
  await expectInert(page, `/admin/segnalazioni/${id}`);
});
