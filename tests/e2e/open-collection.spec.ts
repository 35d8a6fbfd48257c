import { expect, test, type Browser, type Page } from "./support/test";
import pg from "pg";
import { inlinePayload } from "../../scripts/bench/page-bytes.ts";
import { STORAGE_STATE } from "./support/accounts";

// A replication and a follow-up sent from a real sheet's page, approved in /admin/segnalazioni,
// then visible on the sheet (with the 2020 declaration kept), in the statistics, the region page,
// the API and the feed; a rejected follow-up appears nowhere public, nor does any sender's data.
// Illustrative sheets offer neither form. The real sheet is written here and removed after; the
// test runs with the other tests that publish real sheets (@publishes-real).

const RUN = Date.now().toString(36);
const HUMAN_PAUSE_MS = 5_500;
const ANSWER = { timeout: 30_000 };
const TITLE = `Spesa solidale a domicilio ${RUN}`;
const SLUG = `spesa-solidale-${RUN}`;
const SENDER = { name: "Giulia Bianchi", email: `g.bianchi.${RUN}@comune.calliano.tn.it` };

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function sender(page: Page) {
  await page.getByLabel("Nome e cognome").fill(SENDER.name);
  await page.getByLabel("Ruolo").fill("Responsabile ufficio di piano");
  await page.getByLabel("E-mail istituzionale").fill(SENDER.email);
  await page.getByLabel("Ente per cui scrivi").fill("Comune di Calliano");
}

// Each visitor comes from an address of its own (the test server trusts X-Forwarded-For, as behind
// a proxy): the per-address hourly limit counts every other test's sends from the runner's address.
let visitors = 0;
async function visitorPage(browser: Browser) {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    javaScriptEnabled: false,
    extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${++visitors}` },
  });
  return context.newPage();
}

async function sendFollowUp(page: Page, date: string, status: string, text: string) {
  await page.goto(`/pratiche/${SLUG}`);
  await page.getByRole("link", { name: "Com'è andata dopo?" }).click();
  await page.getByLabel("Alla data del").fill(date);
  await page.getByLabel("La pratica").selectOption(status);
  await page.getByLabel("Com'è andata").fill(text);
  await sender(page);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  await page.getByRole("button", { name: "Invia l'aggiornamento" }).click();
  await expect(page).toHaveURL(/\/segnala\/stato\/[A-Za-z0-9_-]{43}\?inviata=1$/, ANSWER);
  return {
    code: (await page.getByTestId("submission-code").textContent())!.trim(),
    statusUrl: page.url().replace(/\?.*$/, ""),
  };
}

test.describe("replications and follow-ups", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test.beforeAll(async () => {
    const [entity] = await sql<{ id: number }>(
      `INSERT INTO "Entity" ("slug", "name", "kind", "regionId", "updatedAt")
       VALUES ($1, $2, 'COMUNE', 16, now()) RETURNING "id"`,
      [`comune-origine-${RUN}`, `Comune di Origine ${RUN}`],
    );
    await sql(
      `INSERT INTO "Practice" ("code", "slug", "title", "summary", "description", "serviceType", "sustainability",
         "status", "isSample", "publishedAt", "entityId", "updatedAt")
       VALUES ($1, $2, $3, 'La spesa portata a casa da volontari.', 'Volontari e operatori.', 'NUOVO', 'CONTINUA',
         'PUBLISHED', false, now(), $4, now())`,
      [`E2E-${RUN}`, SLUG, TITLE, entity!.id],
    );
  });

  test.afterAll(async () => {
    await sql(`DELETE FROM "Practice" WHERE "code" = $1`, [`E2E-${RUN}`]);
    await sql(`DELETE FROM "Entity" WHERE "slug" = $1`, [`comune-origine-${RUN}`]);
  });

  test(
    "sent without JavaScript, approved or rejected by an editor, public only once approved",
    { tag: "@publishes-real" },
    async ({ page, browser, request }) => {
      test.setTimeout(180_000);
      const visitor = await visitorPage(browser);

      // The replication.
      await visitor.goto(`/pratiche/${SLUG}`);
      await expect(visitor.getByTestId("replications")).toContainText("Non ancora replicata");
      await visitor.getByRole("link", { name: "Il tuo ente ha replicato questa pratica?" }).click();
      await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Il tuo ente ha replicato questa pratica?");
      await visitor.getByLabel("Se è un comune: quale").fill("Calliano (Trento)");
      await visitor.getByLabel("Quando è partita").fill("2022-03-01");
      await visitor.getByLabel("Una nota pubblica (facoltativa)").fill(`Attiva in tutta la valle ${RUN}`);
      await sender(visitor);
      await visitor.waitForTimeout(HUMAN_PAUSE_MS);
      // Refused without JavaScript: the page comes back with the error by its field and what was typed.
      await visitor.getByRole("button", { name: "Invia la replica" }).click();
      await expect(visitor.locator("#riepilogo-errori")).toBeVisible(ANSWER);
      await expect(visitor.locator("#riepilogo-errori")).toContainText("Cosa avete cambiato: campo obbligatorio.");
      await expect(visitor.getByLabel("Una nota pubblica (facoltativa)")).toHaveValue(
        `Attiva in tutta la valle ${RUN}`,
      );
      await visitor.getByLabel("Cosa avete cambiato rispetto alla pratica originale").fill("Consegne anche il sabato.");
      await visitor.getByRole("button", { name: "Invia la replica" }).click();
      await expect(visitor).toHaveURL(/\/segnala\/stato\/[A-Za-z0-9_-]{43}\?inviata=1$/, ANSWER);
      const replicationCode = (await visitor.getByTestId("submission-code").textContent())!.trim();
      const replicationStatus = visitor.url().replace(/\?.*$/, "");
      await expect(visitor.getByTestId("submission-status")).toHaveText("Ricevuta");

      const kept = await sendFollowUp(
        visitor,
        "2023-05-10",
        "prosegue-modificata",
        `Prosegue con fondi regionali ${RUN}`,
      );
      const refused = await sendFollowUp(visitor, "2021-01-10", "terminata", `Testo da non pubblicare ${RUN}`);

      // Pending: nothing on the sheet yet.
      await visitor.goto(`/pratiche/${SLUG}`);
      await expect(visitor.getByTestId("replications")).toContainText("Non ancora replicata");
      await expect(visitor.getByTestId("follow-up-timeline")).toHaveCount(0);

      // The editor approves the replication and the first follow-up, and rejects the second.
      await page.goto("/admin/segnalazioni?tipo=replica");
      await page
        .getByRole("row")
        .filter({ hasText: replicationCode })
        .getByRole("link", { name: replicationCode })
        .click();
      await expect(page.getByTestId("open-submission-values")).toContainText("Comune di Calliano (ISTAT 022035)");
      await page.getByRole("button", { name: "Approva la replica" }).click();
      await expect(page.getByRole("status")).toContainText("approvata", ANSWER);

      await page.goto("/admin/segnalazioni?tipo=aggiornamento");
      await page.getByRole("row").filter({ hasText: kept.code }).getByRole("link", { name: kept.code }).click();
      await page.getByRole("button", { name: "Approva l'aggiornamento" }).click();
      await expect(page.getByRole("status")).toContainText("approvata", ANSWER);

      await page.goto(`/admin/segnalazioni?tipo=aggiornamento`);
      await page.getByRole("row").filter({ hasText: refused.code }).getByRole("link", { name: refused.code }).click();
      await page.getByLabel(/^Motivo/).fill("Non è l'ente che gestisce la pratica.");
      await page.getByRole("button", { name: "Non pubblicare" }).click();
      await expect(page.getByRole("status")).toContainText("non pubblicata", ANSWER);

      // The sheet. A revalidated page is served stale once while it regenerates, and another server
      // process learns of the approvals' cache tags within a bound (two-instances.spec.ts): reload.
      await expect(async () => {
        await visitor.goto(`/pratiche/${SLUG}`);
        await expect(visitor.getByTestId("current-sustainability")).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      const replications = visitor.getByTestId("replications");
      await expect(replications.getByRole("heading", { level: 2 })).toHaveText("Replicata da 1 ente");
      await expect(replications.getByTestId("replication")).toContainText("Comune di Calliano");
      await expect(replications.getByTestId("replication")).toContainText(`Attiva in tutta la valle ${RUN}`);
      await expect(replications.locator('[data-region="trentino-alto-adige"]')).toHaveAttribute("data-count", "1");
      // The map's outlines come in its own script chunk, not in the page's inline payload too.
      const outline = (await replications.locator('[data-region="trentino-alto-adige"] path').getAttribute("d"))!;
      // (Retried like the visit above: another server process may answer stale once.)
      await expect(async () => {
        const sheetHtml = await (await visitor.request.get(`/pratiche/${SLUG}`)).text();
        expect(sheetHtml).toContain(outline.slice(0, 40));
        expect(inlinePayload(sheetHtml)).not.toContain(outline.slice(0, 40));
      }).toPass({ timeout: 15_000 });
      const timeline = visitor.getByTestId("follow-up-timeline");
      await expect(visitor.getByTestId("current-sustainability")).toContainText("Oggi: prosegue, modificata");
      await expect(visitor.getByTestId("in-brief")).toContainText(
        "Prosegue, modificata (aggiornamento di maggio 2023; nel 2020: proseguirà dopo l'emergenza)",
      );
      await expect(timeline).toContainText("Nel 2020 dichiarava: proseguirà");
      await expect(timeline).toContainText(`Prosegue con fondi regionali ${RUN}`);
      await expect(visitor.getByText(`Testo da non pubblicare ${RUN}`)).toHaveCount(0);
      await expect(visitor.getByText(SENDER.name)).toHaveCount(0);

      // The senders' status pages.
      await visitor.goto(replicationStatus);
      await expect(visitor.getByTestId("submission-status")).toHaveText("Pubblicata");
      await visitor.goto(refused.statusUrl);
      await expect(visitor.getByTestId("rejection-reason")).toHaveText("Non è l'ente che gestisce la pratica.");

      // Statistics, region pages, listing filter.
      await visitor.goto("/statistiche");
      await expect(visitor.getByTestId("most-replicated")).toContainText(TITLE);
      await visitor.goto("/regioni/trentino-alto-adige");
      await expect(visitor.getByTestId("region-replications")).toContainText(TITLE);
      await visitor.goto(`/pratiche?replicata=si&q=${encodeURIComponent(RUN)}`);
      await expect(visitor.getByRole("link", { name: TITLE, exact: true })).toBeVisible();
      await visitor.goto(`/pratiche?replicata=no&q=${encodeURIComponent(RUN)}`);
      await expect(visitor.getByRole("link", { name: TITLE, exact: true })).toHaveCount(0);

      // API and feed: the approved items, nothing rejected, nothing of the senders.
      const api = await request.get(`/api/v1/pratiche/${SLUG}`);
      expect(api.status()).toBe(200);
      const item = await api.json();
      expect(item.repliche).toHaveLength(1);
      expect(item.repliche[0]).toMatchObject({ ente: "Comune di Calliano", data_avvio: "2022-03-01" });
      expect(item.aggiornamenti).toEqual([
        expect.objectContaining({
          data: "2023-05-10",
          stato: expect.objectContaining({ slug: "prosegue-modificata" }),
        }),
      ]);
      expect(item.pratica).toMatchObject({ numero_repliche: 1, sostenibilita: { slug: "continua" } });
      const list = await (await request.get(`/api/v1/pratiche?replicata=si&q=${encodeURIComponent(RUN)}`)).json();
      expect(list.pratiche.map((p: { slug: string }) => p.slug)).toEqual([SLUG]);
      const feed = await (await request.get("/feed.xml")).text();
      expect(feed).toContain(`Replicata da Comune di Calliano: ${TITLE}`);
      expect(feed).toContain(`Prosegue con fondi regionali ${RUN}`);
      // A search's feed carries the news of the sheets it finds, and only theirs.
      const searched = await (await request.get(`/feed.xml?q=${encodeURIComponent(RUN)}`)).text();
      expect(searched).toContain(`Replicata da Comune di Calliano: ${TITLE}`);
      expect(searched).toContain(`Prosegue con fondi regionali ${RUN}`);
      const elsewhere = await (await request.get("/feed.xml?regione=valle-d-aosta")).text();
      expect(elsewhere).not.toContain(`Replicata da Comune di Calliano: ${TITLE}`);
      for (const text of [JSON.stringify(item), feed]) {
        expect(text).not.toContain(`Testo da non pubblicare ${RUN}`);
        expect(text).not.toContain(SENDER.email);
        expect(text).not.toContain(SENDER.name);
      }
      await visitor.context().close();
    },
  );

  test(
    "a sender over the hourly limit gets HTTP 429, then the form with the reason and what was typed",
    { tag: "@publishes-real" },
    async ({ browser }) => {
      const address = "203.0.113.77";
      const earlier = Array.from({ length: 5 }, (_, i) => [`LIM-${RUN}-${i}`, address]);
      for (const [code] of earlier)
        await sql(
          `INSERT INTO "Submission" ("code", "kind", "status", "tokenHash", "payload", "title", "entityName",
             "regionId", "clientAddress")
           VALUES ($1, 'FOLLOW_UP', 'REJECTED', $1, '{}', 'Invio precedente', 'Comune di Prova', 16, $2)`,
          [code, address],
        );
      const context = await browser.newContext({
        storageState: { cookies: [], origins: [] },
        javaScriptEnabled: false,
        extraHTTPHeaders: { "X-Forwarded-For": address },
      });
      const visitor = await context.newPage();
      try {
        await visitor.goto(`/pratiche/${SLUG}/aggiornamento`);
        await visitor.getByLabel("Alla data del").fill("2024-02-01");
        await visitor.getByLabel("La pratica").selectOption("prosegue");
        await visitor.getByLabel("Com'è andata").fill(`Il sesto invio dell'ora ${RUN}`);
        await sender(visitor);
        await visitor.waitForTimeout(HUMAN_PAUSE_MS);
        const [answer] = await Promise.all([
          visitor.waitForResponse((response) => response.request().method() === "POST"),
          visitor.getByRole("button", { name: "Invia l'aggiornamento" }).click(),
        ]);
        expect(answer.status()).toBe(429);
        expect(answer.headers()["retry-after"]).toBe("3600");
        await expect(visitor.getByText("troppe segnalazioni nell'ultima ora")).toBeVisible(ANSWER);
        await expect(visitor.getByLabel("Com'è andata")).toHaveValue(`Il sesto invio dell'ora ${RUN}`);
        const [row] = await sql<{ count: number }>(
          `SELECT count(*)::int AS count FROM "Submission" WHERE "clientAddress" = $1`,
          [address],
        );
        expect(row?.count).toBe(5);
      } finally {
        await context.close();
        await sql(`DELETE FROM "Submission" WHERE "clientAddress" = $1`, [address]);
      }
    },
  );
});

test("an illustrative sheet offers neither form, and its form pages are 404", async ({ page }) => {
  const [{ slug } = { slug: "" }] = await sql<{ slug: string }>(
    `SELECT "slug" FROM "Practice" WHERE "isSample" AND "status" = 'PUBLISHED' ORDER BY "id" LIMIT 1`,
  );
  await page.goto(`/pratiche/${slug}`);
  await expect(page.getByTestId("replications")).toContainText("scheda illustrativa");
  await expect(page.getByRole("link", { name: "Il tuo ente ha replicato questa pratica?" })).toHaveCount(0);
  expect((await page.goto(`/pratiche/${slug}/replica`))?.status()).toBe(404);
  expect((await page.goto(`/pratiche/${slug}/aggiornamento`))?.status()).toBe(404);
});
