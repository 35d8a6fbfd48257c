import { expect, test, type Page } from "../e2e/support/test";
import { createHash, randomBytes } from "node:crypto";
import Papa from "papaparse";
import pg from "pg";
import { ACCOUNTS } from "../e2e/support/accounts";
import {
  HOSTILE_CODE,
  HOSTILE_SUMMARY,
  HOSTILE_TITLE,
  hostileOpenCollection,
  hostileSheets,
  PWNED,
  xss,
} from "./support/sheets";

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

async function expectInert(page: Page, url: string, { showsTitle = true, shows = [] as string[] } = {}) {
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
  // Other hostile texts the page must show as typed.
  for (const text of shows) await expect(page.getByText(text, { exact: false }).first(), url).toBeVisible();
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

test("a hostile replication and follow-up stay text: status pages, moderation, then the sheet, API and feed", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const hostile = hostileOpenCollection(run);
  const slug = `spesa-aperta-${run}`;
  // A published, non-illustrative sheet (the only kind that receives them), then a replication and
  // a follow-up written as the forms would store them (private links' tokens hashed), sent without
  // JavaScript (flagged), every text hostile: title and entity as the action copies them from the
  // sheet or the form, the typed fields in the payload, the sender in its own columns.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows: entities } = await client.query<{ id: number }>(
    `INSERT INTO "Entity" ("slug", "name", "kind", "regionId", "updatedAt")
     VALUES ($1, $2, 'COMUNE', 16, now()) RETURNING "id"`,
    [`comune-aperto-${run}`, hostile.sheetEntity],
  );
  const { rows: sheets } = await client.query<{ id: number }>(
    `INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "serviceType", "sustainability",
       "status", "isSample", "publishedAt", "entityId", "updatedAt")
     VALUES ($1, $2, $3, 'La spesa portata a casa da volontari.', 'Volontari e operatori.', 'NUOVO', 'CONTINUA',
       'PUBLISHED', false, now(), $4, now()) RETURNING "id"`,
    [`HOSTILE-OPEN-${run}`, slug, hostile.sheetTitle, entities[0]!.id],
  );
  const insert = async (kind: "REPLICATION" | "FOLLOW_UP", values: Record<string, string>, entityName: string) => {
    const token = randomBytes(32).toString("base64url");
    const { rows } = await client.query<{ id: number; code: string }>(
      `INSERT INTO "Submission" ("code", "kind", "status", "tokenHash", "payload", "title", "practiceId", "entityName",
         "regionId", "submitterName", "submitterRole", "submitterEmail", "submitterEntity", "flagged")
       VALUES ($1, $2::"SubmissionKind", 'RECEIVED', $3, $4, $5, $6, $7, 16, $8, $9, 'a@b.it', $10, true)
       RETURNING "id", "code"`,
      [
        `SEG-${kind === "REPLICATION" ? "REPLICA" : "AGGIORNAMENTO"}-OSTILE-${run}`,
        kind,
        createHash("sha256").update(token).digest("hex"),
        JSON.stringify({ version: 1, kind, values }),
        hostile.sheetTitle,
        sheets[0]!.id,
        entityName,
        hostile.sender.name,
        hostile.sender.role,
        hostile.sender.entity,
      ],
    );
    return { ...rows[0]!, token };
  };
  const replication = await insert("REPLICATION", hostile.replication, hostile.replication.ente_nome);
  const followUp = await insert("FOLLOW_UP", hostile.followUp, hostile.sheetEntity);
  await client.end();

  // What each view shows as typed: the sheet's title, the entity names, the typed texts, the sender.
  const title = xss(30);
  const replicationEntity = xss(35);
  const sheetEntity = xss(33);
  const changes = `<a href="javascript:window.${PWNED}=37">link</a>`;
  const note = `<script>window.${PWNED}=40</script>`;
  const followUpText = xss(43);
  const sender = xss(47);

  await expectInert(page, `/segnala/stato/${replication.token}`, { showsTitle: false, shows: [title] });
  await expectInert(page, `/segnala/stato/${followUp.token}`, { showsTitle: false, shows: [title] });
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(ACCOUNTS.editor.email);
  await page.getByLabel("Password").fill(ACCOUNTS.editor.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(/\/admin\/pratiche/);
  await expectInert(page, "/admin/segnalazioni?tipo=replica", { showsTitle: false, shows: [title, replicationEntity] });
  await expectInert(page, "/admin/segnalazioni?tipo=aggiornamento", { showsTitle: false, shows: [title, sheetEntity] });
  await expectInert(page, `/admin/segnalazioni/${replication.id}`, {
    showsTitle: false,
    shows: [title, replicationEntity, changes, note, sender],
  });
  // Approved by the editor as the review page offers it: the public rows are written from the payload.
  await page.getByRole("button", { name: "Approva la replica" }).click();
  await expect(page.getByRole("status")).toContainText("approvata", { timeout: 30_000 });
  await expectInert(page, `/admin/segnalazioni/${followUp.id}`, {
    showsTitle: false,
    shows: [title, sheetEntity, followUpText, sender],
  });
  await page.getByRole("button", { name: "Approva l'aggiornamento" }).click();
  await expect(page.getByRole("status")).toContainText("approvata", { timeout: 30_000 });
  await expectInert(page, `/admin/segnalazioni/${followUp.id}?esito=approvata`, {
    showsTitle: false,
    shows: [title, followUpText],
  });
  await expectInert(page, `/segnala/stato/${replication.token}`, { showsTitle: false, shows: [title] });

  // The sheet. A revalidated page may be served stale once while it regenerates: reload until both
  // are in it (present, not visible: hostile markup hiding them is for expectInert to report).
  await expect(async () => {
    await page.goto(`/pratiche/${slug}`);
    await expect(page.getByTestId("replication")).toBeAttached({ timeout: 1_000 });
    await expect(page.getByTestId("follow-up-timeline")).toBeAttached({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expectInert(page, `/pratiche/${slug}`, {
    showsTitle: false,
    shows: [title, replicationEntity, changes, note, followUpText],
  });
  // Nothing of the sender reaches the public page; the JSON-LD is never closed early.
  const html = await (await page.request.get(`/pratiche/${slug}`)).text();
  for (const n of [46, 47, 48]) expect(html).not.toContain(`window.${PWNED}=${n}`);
  for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []) {
    expect(block.slice(0, -"</script>".length)).not.toMatch(/<\/script/i);
  }

  // The API: JSON, never sniffed as HTML, each text exactly as typed.
  const api = await request.get(`/api/v1/pratiche/${slug}`);
  expect(api.status()).toBe(200);
  expect(api.headers()["content-type"]).toMatch(/json/);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  const item = await api.json();
  expect(item.repliche).toEqual([
    expect.objectContaining({
      ente: hostile.replication.ente_nome,
      cosa_cambia: hostile.replication.cosa_cambia,
      nota: hostile.replication.nota,
    }),
  ]);
  expect(item.aggiornamenti).toEqual([expect.objectContaining({ testo: hostile.followUp.testo })]);
  for (const n of [46, 47, 48]) expect(JSON.stringify(item)).not.toContain(`window.${PWNED}=${n}`);

  // The feed: well-formed XML whose entries hold the texts escaped, no element injected.
  let xml = "";
  await expect(async () => {
    const feed = await request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toMatch(/xml/);
    xml = await feed.text();
    expect(xml).toContain("Replicata da ");
    expect(xml).toContain("Com'è andata dopo: ");
  }).toPass({ timeout: 30_000 });
  const feedCheck = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      scripts: ["script", "img", "iframe", "svg", "style", "a", "b", "i"]
        .map((tag) => doc.getElementsByTagName(tag).length)
        .reduce((a, b) => a + b, 0),
      titles: [...doc.getElementsByTagName("title")].map((t) => t.textContent ?? ""),
      summaries: [...doc.getElementsByTagName("summary")].map((t) => t.textContent ?? ""),
    };
  }, xml);
  expect(feedCheck.error).toBe(0);
  expect(feedCheck.scripts).toBe(0);
  expect(feedCheck.titles).toContain(`Replicata da ${hostile.replication.ente_nome}: ${hostile.sheetTitle}`);
  expect(feedCheck.titles).toContain(`Com'è andata dopo: ${hostile.sheetTitle} — prosegue, modificata`);
  expect(feedCheck.summaries.some((s) => s.endsWith(hostile.replication.nota))).toBe(true);
  expect(feedCheck.summaries.some((s) => s.endsWith(hostile.followUp.testo))).toBe(true);
  for (const n of [46, 47, 48]) expect(xml).not.toContain(`window.${PWNED}=${n}`);
});
