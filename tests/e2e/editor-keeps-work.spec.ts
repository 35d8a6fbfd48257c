import { expect, test, type Browser, type Dialog, type Page } from "./support/test";
import pg from "pg";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";
import { sendProposal } from "./support/proposal";
import { signIn } from "./support/sign-in";

test.describe.configure({ timeout: 120_000 });

// Issue 13's data-loss paths in the sheet editor, played in a real browser. Sheets of Piemonte
// are edited here (no other browser test looks at them), each test its own sheet.

async function piemonteSheet(index: number) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `SELECT p."id" FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId" JOIN "Region" r ON r."id" = e."regionId"
       WHERE r."slug" = 'piemonte' ORDER BY p."id" LIMIT 1 OFFSET $1`,
      [index],
    );
    return `/admin/pratiche/${rows[0]!.id}`;
  } finally {
    await client.end();
  }
}

async function storedDescription(url: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const id = Number(url.split("/").at(-1));
    const { rows } = await client.query<{ description: string }>(
      `SELECT "description" FROM "Practice" WHERE "id" = $1`,
      [id],
    );
    return rows[0]!.description;
  } finally {
    await client.end();
  }
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const field = document.querySelector("textarea[name=sintesi]");
    return field !== null && Object.keys(field).some((key) => key.startsWith("__reactFiber"));
  });

/** Follows an in-app link away from the edit page, answers "stay" to the question, returns it. */
async function questionOnLeaving(page: Page) {
  return questionOnLeavingBy(page, "Storico delle modifiche");
}

async function questionOnLeavingBy(page: Page, link: string) {
  const asked: string[] = [];
  page.once("dialog", async (dialog) => {
    asked.push(dialog.message());
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: link }).first().click();
  await expect.poll(() => asked.length).toBe(1);
  return asked[0];
}

/** A proposal sent by a visitor, opened for review by `account` in a context of its own. */
async function openProposalReview(browser: Browser, account: { email: string; password: string }, title: string) {
  const { visitor, code } = await sendProposal(browser, `${title} ${Date.now().toString(36)}`, "Mori");
  await visitor.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/admin\/pratiche/, { timeout: 60_000 });
  await page.goto("/admin/segnalazioni?tipo=nuova-pratica");
  await page.getByRole("row").filter({ hasText: code }).getByRole("link", { name: code }).click();
  await expect(page).toHaveURL(/\/admin\/segnalazioni\/\d+$/);
  await hydrated(page);
  return { context, page, review: page.url() };
}

// The edit page's presence heartbeat (lib/presence/presence.ts).
const HEARTBEAT_MS = 30_000;

// Generous: a save is a session check, the write and the re-rendered page, on a shared machine.
const SAVE_TIMEOUT = { timeout: 30_000 };
const saved = (page: Page) =>
  expect(page.getByRole("status").filter({ hasText: "Modifiche salvate." })).toBeVisible(SAVE_TIMEOUT);

test.describe("one editor", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("text typed before the page's scripts run is kept and saved", async ({ page }) => {
    const url = await piemonteSheet(0);
    // The stored text, as the form must show and keep it (read from the database: a page read
    // while the machine is loaded once gave an empty field before the page had settled).
    const description = await storedDescription(url);

    // The page's scripts arrive 3 s late: the form is on screen, React not yet running.
    await page.route("**/_next/static/**/*.js", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.continue();
    });
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const summary = "Sintesi scritta prima che la pagina fosse pronta, da conservare.";
    await page.getByLabel("Sintesi").fill(summary);
    await page.getByLabel("Riscontri di operatori e cittadini").fill("Riscontri scritti presto.");
    await page.getByLabel("Titolo").fill("Titolo scritto prima dell'idratazione");
    await hydrated(page);

    await expect(page.getByLabel("Sintesi")).toHaveValue(summary);
    await expect(page.getByLabel("Riscontri di operatori e cittadini")).toHaveValue("Riscontri scritti presto.");
    await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(description);
    await page.getByRole("button", { name: "Salva", exact: true }).click();
    await saved(page);
    await page.unroute("**/_next/static/**/*.js");
    await page.reload();
    await expect(page.getByLabel("Sintesi")).toHaveValue(summary);
    await expect(page.getByLabel("Riscontri di operatori e cittadini")).toHaveValue("Riscontri scritti presto.");
    await expect(page.getByLabel("Titolo")).toHaveValue("Titolo scritto prima dell'idratazione");
    await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(description);
  });

  test("a changed form asks before leaving, and its autosaved draft is offered back", async ({ page, context }) => {
    const url = await piemonteSheet(1);
    await page.goto(url);
    await hydrated(page);
    const original = await page.getByLabel("Sintesi").inputValue();
    const typed = "Bozza che non deve andare persa se la scheda viene chiusa.";
    await page.getByLabel("Sintesi").fill(typed);

    // In-app link: asked first; cancelling stays on the page with the text.
    expect(await questionOnLeaving(page)).toContain("modifiche non salvate");
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByLabel("Sintesi")).toHaveValue(typed);

    await expect(page.getByTestId("autosave")).toContainText("Bozza salvata automaticamente", { timeout: 15_000 });

    // Closing the tab: the browser's own "leave the page?" question.
    const beforeUnload = new Promise<string>((resolve) =>
      page.once("dialog", async (dialog) => {
        resolve(dialog.type());
        await dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await beforeUnload).toBe("beforeunload");

    const again = await context.newPage();
    await again.goto(url);
    await hydrated(again);
    const offer = again.getByTestId("draft-offer");
    await expect(offer).toContainText("Hai modifiche non salvate");
    await expect(again.getByLabel("Sintesi")).toHaveValue(original);
    await offer.getByRole("button", { name: "Ripristina" }).click();
    await expect(again.getByLabel("Sintesi")).toHaveValue(typed);
    await again.getByRole("button", { name: "Salva", exact: true }).click();
    await saved(again);
    await again.reload();
    await expect(again.getByLabel("Sintesi")).toHaveValue(typed);
    await expect(again.getByTestId("draft-offer")).toHaveCount(0);
  });

  test("Scarta drops the autosaved draft", async ({ page: first, context }) => {
    const url = await piemonteSheet(2);
    await first.goto(url);
    await hydrated(first);
    const original = await first.getByLabel("Titolo").inputValue();
    await first.getByLabel("Titolo").fill("Titolo da scartare");
    await expect(first.getByTestId("autosave")).toContainText("Bozza salvata automaticamente", { timeout: 15_000 });
    await first.close();
    const page = await context.newPage();
    await page.goto(url);
    await hydrated(page);
    await page.getByTestId("draft-offer").getByRole("button", { name: "Scarta" }).click();
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Titolo")).toHaveValue(original);
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  });
});

test.describe("preview", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("Anteprima delle modifiche shows the edits not saved yet as the public page would", async ({
    page,
    context,
  }) => {
    const url = await piemonteSheet(5);
    await page.goto(url);
    await hydrated(page);
    const original = await page.getByLabel("Titolo").inputValue();
    await page.getByLabel("Titolo").fill("Titolo visto solo in anteprima");
    await page.getByLabel("Sintesi").fill("Sintesi visibile nell'anteprima prima di salvare.");

    const [preview] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("button", { name: "Anteprima delle modifiche" }).click(),
    ]);
    await expect(preview.getByTestId("preview-unsaved")).toContainText("non ancora salvate", SAVE_TIMEOUT);
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Titolo visto solo in anteprima");
    await expect(preview.getByText("Sintesi visibile nell'anteprima prima di salvare.")).toBeVisible();

    // Nothing was saved: the form still holds the edits, the sheet keeps its title.
    await expect(page.getByLabel("Titolo")).toHaveValue("Titolo visto solo in anteprima");
    await preview.goto(url.replace(/$/, "/anteprima"));
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(original);
  });
});

test.describe("one editor, a vocabulary merged meanwhile", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("a save kept in the browser before the merge comes back with the merged value ticked as the surviving one", async ({
    page,
  }) => {
    const url = await piemonteSheet(7);
    const id = Number(url.split("/").at(-1));
    const alias = `area-fusa-${Date.now().toString(36)}`;
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // An area the sheet does not have; `alias` is a value merged into it after the save was kept.
      const { rows } = await client.query<{ id: number; label: string }>(
        `SELECT t."id", t."label" FROM "Term" t WHERE t."vocabulary" = 'AREA'
         AND NOT EXISTS (SELECT 1 FROM "PracticeTerm" pt WHERE pt."termId" = t."id" AND pt."practiceId" = $1)
         ORDER BY t."position" LIMIT 1`,
        [id],
      );
      const surviving = rows[0]!;
      await client.query(`INSERT INTO "TermAlias" ("vocabulary", "slug", "termId") VALUES ('AREA', $1, $2)`, [
        alias,
        surviving.id,
      ]);

      await page.goto(url);
      await hydrated(page);
      const text = "Descrizione salvata a sessione scaduta, prima che un'area fosse unita a un'altra.";
      // What the form held when its save was refused, with the old area.
      const kept = await page.evaluate(
        ({ alias, text }) => {
          const data = new FormData(document.querySelector("textarea[name=sintesi]")!.closest("form")!);
          const values: Record<string, string | string[]> = {};
          for (const key of new Set(data.keys())) {
            const all = data.getAll(key).map(String);
            values[key] = all.length > 1 ? all : all[0]!;
          }
          values.aree_utenza = [alias];
          values.descrizione = text;
          return { values, baseVersion: Number(values.versione), at: new Date().toISOString() };
        },
        { alias, text },
      );
      // Kept in this browser from another page: the edit page, still mounting, would read it at once.
      await page.goto("/admin/pratiche");
      await page.evaluate(({ id, kept }) => localStorage.setItem(`scheda-in-salvataggio:${id}`, JSON.stringify(kept)), {
        id,
        kept,
      });
      await page.goto(url);
      await hydrated(page);
      await expect(page.getByRole("status").filter({ hasText: "sono di nuovo nel modulo" })).toBeVisible();
      await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);
      const areas = page.getByRole("group", { name: /Aree di utenza/ });
      await expect(areas.getByRole("checkbox", { name: surviving.label, exact: true })).toBeChecked();
      await expect(areas.getByRole("checkbox", { checked: true })).toHaveCount(1);
    } finally {
      await client.query(`DELETE FROM "TermAlias" WHERE "slug" = $1`, [alias]);
      await client.end();
    }
  });
});

test("a proposal sent before one of its areas was merged into another is reviewed with the surviving area", async ({
  browser,
}) => {
  const alias = `area-fusa-proposta-${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; label: string }>(
      `SELECT "id", "label" FROM "Term" WHERE "vocabulary" = 'AREA' AND "slug" <> 'anziani' ORDER BY "position" LIMIT 1`,
    );
    const surviving = rows[0]!;
    await client.query(`INSERT INTO "TermAlias" ("vocabulary", "slug", "termId") VALUES ('AREA', $1, $2)`, [
      alias,
      surviving.id,
    ]);
    const { visitor, code } = await sendProposal(browser, `Proposta con area unita ${Date.now().toString(36)}`, "Mori");
    await visitor.close();
    // As stored when `alias` was still a value of its own.
    await client.query(
      `UPDATE "Submission" SET "payload" = jsonb_set("payload"::jsonb, '{values,aree_utenza}', $2::jsonb) WHERE "code" = $1`,
      [code, JSON.stringify([alias])],
    );
    const { rows: found } = await client.query<{ id: number }>(`SELECT "id" FROM "Submission" WHERE "code" = $1`, [
      code,
    ]);
    const page = await (await browser.newContext({ storageState: STORAGE_STATE.editor })).newPage();
    await page.goto(`/admin/segnalazioni/${found[0]!.id}`);
    const areas = page.getByRole("group", { name: /Aree di utenza/ });
    await expect(areas.getByRole("checkbox", { name: surviving.label, exact: true })).toBeChecked();
    await expect(areas.getByRole("checkbox", { checked: true })).toHaveCount(1);
  } finally {
    await client.query(`DELETE FROM "TermAlias" WHERE "slug" = $1`, [alias]);
    await client.end();
  }
});

test("a save with an expired session keeps the text, asks to sign in, then completes", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = ACCOUNTS.session;
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/admin\/pratiche/, { timeout: 60_000 });
  const url = await piemonteSheet(3);
  await page.goto(url);
  await hydrated(page);
  const text = "Descrizione lunga scritta mentre la sessione scadeva: non deve andare persa.";
  await page.getByLabel("Descrizione del servizio").fill(text);

  await context.clearCookies(); // the session ends while the editor types
  // The page's presence heartbeat comes and goes (every 30 s): the page stays, with the text.
  await page.waitForTimeout(HEARTBEAT_MS + 2_000);
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);

  await page.getByRole("button", { name: "Salva", exact: true }).click();
  const expired = page.getByTestId("session-expired");
  await expect(expired).toContainText("La sessione è scaduta", SAVE_TIMEOUT);
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);
  // Typed after the refused save, and the link followed at once: kept in this browser too.
  const difficulties = "Difficoltà scritte dopo l'avviso di sessione scaduta.";
  await page.getByLabel("Difficoltà incontrate").fill(difficulties);

  await expired.getByRole("link", { name: "Accedi di nuovo per salvarle" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`), { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "sono di nuovo nel modulo" })).toBeVisible();
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);
  await expect(page.getByLabel("Difficoltà incontrate")).toHaveValue(difficulties);
  await page.getByRole("button", { name: "Salva", exact: true }).click();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);
  await expect(page.getByLabel("Difficoltà incontrate")).toHaveValue(difficulties);
  await context.close();
});

test("a proposal's refused publication is kept under the proposal's own key, apart from a new sheet's", async ({
  browser,
}) => {
  const account = ACCOUNTS.session;
  const { context, page, review } = await openProposalReview(browser, account, "Proposta da correggere");
  const text = "Descrizione corretta dalla redazione mentre la sessione scadeva.";
  await page.getByLabel("Descrizione del servizio").fill(text);

  await context.clearCookies();
  await page.getByRole("button", { name: "Pubblica la scheda" }).click();
  const expired = page.getByTestId("session-expired");
  await expect(expired).toContainText("La sessione è scaduta", SAVE_TIMEOUT);
  // The "Nuova scheda" form's copy was once the same one, so either form could take the other's text.
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("scheda-")));
  expect(kept).toEqual([`scheda-in-salvataggio:segnalazione-${review.split("/").at(-1)}`]);

  await expired.getByRole("link", { name: "Accedi di nuovo per salvarle" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(review, { timeout: 60_000 });
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue(text);
  await page.goto("/admin/pratiche/nuova");
  await hydrated(page);
  await expect(page.getByLabel("Descrizione del servizio")).toHaveValue("");
  await context.close();
});

test("two «Nuova scheda» tabs keep two drafts; saving one leaves the other to be offered back", async ({ browser }) => {
  // Four tabs and a save, each hydrated, on a shared machine.
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, ACCOUNTS.tabs.email, ACCOUNTS.tabs.password);
  await expect(first).toHaveURL(/\/admin\/pratiche/, { timeout: 60_000 });
  const second = await context.newPage();
  for (const [page, title] of [
    [first, "Scheda iniziata nella prima scheda del browser"],
    [second, "Scheda iniziata nella seconda scheda del browser"],
  ] as const) {
    await page.goto("/admin/pratiche/nuova");
    await hydrated(page);
    await page.getByLabel("Titolo").fill(title);
    await expect(page.getByTestId("autosave")).toContainText("Bozza salvata automaticamente", SAVE_TIMEOUT);
  }
  // Both tabs closed unsaved (a crash): a new tab offers both back, each by its title.
  await first.close();
  await second.close();
  const page = await context.newPage();
  await page.goto("/admin/pratiche/nuova");
  await hydrated(page);
  const offer = page.getByTestId("draft-offer");
  await expect(offer).toContainText("Hai 2 nuove schede iniziate e mai salvate");
  await expect(offer).toContainText("«Scheda iniziata nella prima scheda del browser»");
  await expect(offer).toContainText("«Scheda iniziata nella seconda scheda del browser»");

  // One is taken up again and completed elsewhere; discarding it here leaves the other.
  await offer.getByRole("button", { name: "Scarta «Scheda iniziata nella prima scheda del browser»" }).click();
  await expect(offer).toContainText("Hai modifiche non salvate a una nuova scheda");
  await page.reload();
  await hydrated(page);
  await expect(page.getByTestId("draft-offer")).toContainText("Hai modifiche non salvate a una nuova scheda");
  await page.getByTestId("draft-offer").getByRole("button", { name: "Ripristina" }).click();
  await expect(page.getByLabel("Titolo")).toHaveValue("Scheda iniziata nella seconda scheda del browser");

  // A third tab starts another sheet while this one is open; saving this one keeps the third's draft.
  const third = await context.newPage();
  await third.goto("/admin/pratiche/nuova");
  await hydrated(third);
  await third.getByLabel("Titolo").fill("Scheda della terza scheda, ancora da finire");
  await expect(third.getByTestId("autosave")).toContainText("Bozza salvata automaticamente", SAVE_TIMEOUT);
  await third.close();
  // The code proposed when the draft began may have been taken since (other tests create sheets).
  await page.getByRole("textbox", { name: "Codice (obbligatorio)" }).fill(`SCHEDE-NUOVE-${Date.now()}`);
  await page.getByLabel("Sintesi").fill("Una scheda nuova completata dopo averla ripresa.");
  await page.getByLabel("Descrizione del servizio").fill("Descrizione abbastanza lunga per una scheda valida.");
  await page.getByLabel("Tipo di servizio").selectOption("nuovo");
  await page.getByLabel("Ente erogatore (nuovo)").fill("Comune di Prova delle Schede Nuove");
  await page.getByLabel("Tipo di ente").selectOption("comune");
  await page.getByLabel("Regione").selectOption("molise");
  await page.getByLabel("Multiutenza").check();
  await page.getByRole("button", { name: "Salva", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheda creata." })).toBeVisible(SAVE_TIMEOUT);
  await page.goto("/admin/pratiche/nuova");
  await hydrated(page);
  await expect(page.getByTestId("draft-offer")).toContainText("Hai modifiche non salvate a una nuova scheda");
  // The sheet just created is not offered back as a save refused for an expired session.
  await expect(page.getByRole("status").filter({ hasText: "sono di nuovo nel modulo" })).toHaveCount(0);
  await page.getByTestId("draft-offer").getByRole("button", { name: "Ripristina" }).click();
  await expect(page.getByLabel("Titolo")).toHaveValue("Scheda della terza scheda, ancora da finire");

  // The session ends before this one is saved: after signing in, a new-sheet form gets it back.
  await context.clearCookies();
  await page.getByRole("button", { name: "Salva", exact: true }).click();
  const expired = page.getByTestId("session-expired");
  await expect(expired).toContainText("La sessione è scaduta", SAVE_TIMEOUT);
  await expired.getByRole("link", { name: "Accedi di nuovo per salvarle" }).click();
  await page.getByLabel("E-mail").fill(ACCOUNTS.tabs.email);
  await page.getByLabel("Password").fill(ACCOUNTS.tabs.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(/\/admin\/pratiche\/nuova$/, { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "sono di nuovo nel modulo" })).toBeVisible();
  await expect(page.getByLabel("Titolo")).toHaveValue("Scheda della terza scheda, ancora da finire");
  await context.close();
});

test("a proposal's rejection reason asks before leaving and survives an expired session", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page, review } = await openProposalReview(browser, ACCOUNTS.tabs, "Proposta da respingere");

  // Changes to the sheet under review ask before leaving, as the edit form does.
  const summary = await page.getByLabel("Sintesi").inputValue();
  await page.getByLabel("Sintesi").fill("Sintesi corretta dalla redazione prima di decidere.");
  expect(await questionOnLeavingBy(page, "Segnalazioni")).toContain("modifiche non salvate");
  await page.getByLabel("Sintesi").fill(summary);

  const reason = "Il servizio descritto è già nel catalogo con un'altra scheda: aggiorna quella.";
  await page.getByLabel("Motivo (lo legge chi ha inviato la segnalazione)").fill(reason);
  expect(await questionOnLeavingBy(page, "Segnalazioni")).toContain("modifiche non salvate");
  await expect(page).toHaveURL(review);

  // Both forms changed: leaving asks once, and the accepted question leaves.
  await page.getByLabel("Sintesi").fill("Sintesi cambiata insieme al motivo.");
  const asked: string[] = [];
  const accept = (dialog: Dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  };
  page.on("dialog", accept);
  await page.getByRole("link", { name: "Segnalazioni" }).first().click();
  await expect(page).not.toHaveURL(review);
  page.off("dialog", accept);
  expect(asked).toHaveLength(1);
  await page.goto(review);
  await hydrated(page);
  await page.getByLabel("Motivo (lo legge chi ha inviato la segnalazione)").fill(reason);

  await context.clearCookies();
  await page.getByRole("button", { name: "Non pubblicare" }).click();
  const expired = page.getByTestId("rejection-expired");
  await expect(expired).toContainText("La sessione è scaduta", SAVE_TIMEOUT);
  // The sign-in link keeps the reason and asks nothing; the login page may be slow under load.
  const askedOnSignIn: string[] = [];
  const recordAndAccept = (dialog: Dialog) => {
    askedOnSignIn.push(dialog.message() || dialog.type());
    void dialog.accept();
  };
  page.on("dialog", recordAndAccept);
  await expired.getByRole("link", { name: "Accedi di nuovo per inviarlo" }).click();
  await expect(page).toHaveURL(/\/admin\/login/, SAVE_TIMEOUT);
  page.off("dialog", recordAndAccept);
  expect(askedOnSignIn).toEqual([]);
  await page.getByLabel("E-mail").fill(ACCOUNTS.tabs.email);
  await page.getByLabel("Password").fill(ACCOUNTS.tabs.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page).toHaveURL(review, { timeout: 60_000 });
  await expect(page.getByLabel("Motivo (lo legge chi ha inviato la segnalazione)")).toHaveValue(reason);
  await page.getByRole("button", { name: "Non pubblicare" }).click();
  await expect(page.getByText("Segnalazione non pubblicata")).toBeVisible(SAVE_TIMEOUT);
  await context.close();
});

test.describe("refused saves", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("the same refused save twice: what is typed next is still autosaved and leaving still asks", async ({
    page,
  }) => {
    const url = await piemonteSheet(6);
    await page.goto(url);
    await hydrated(page);
    await page.getByLabel("Titolo").fill("");
    for (let i = 0; i < 2; i++) {
      await page.getByRole("button", { name: "Salva", exact: true }).click();
      await expect(page.locator("#titolo-error")).toContainText("campo obbligatorio", SAVE_TIMEOUT);
    }
    await page.getByLabel("Difficoltà incontrate").fill("Scritte dopo due salvataggi rifiutati.");
    await expect(page.getByTestId("autosave")).toContainText("Bozza salvata automaticamente", SAVE_TIMEOUT);
    expect(await questionOnLeaving(page)).toContain("modifiche non salvate");
    await expect(page.getByLabel("Difficoltà incontrate")).toHaveValue("Scritte dopo due salvataggi rifiutati.");
  });
});

test("two editors: the second save merges, and a field both changed is chosen side by side", async ({ browser }) => {
  const first = await (await browser.newContext({ storageState: STORAGE_STATE.editor })).newPage();
  const second = await (await browser.newContext({ storageState: STORAGE_STATE.editor2 })).newPage();
  const url = await piemonteSheet(4);
  await first.goto(url);
  await second.goto(url);
  await Promise.all([hydrated(first), hydrated(second)]);

  // A changes Sintesi and Operatori; B, on the version loaded before, changes Portata innovativa.
  await first.getByLabel("Sintesi").fill("Sintesi riscritta dalla prima redattrice.");
  await first.getByLabel("Operatori coinvolti (totale)").fill("90");
  await first.getByRole("button", { name: "Salva", exact: true }).click();
  await saved(first);

  await second.getByLabel("Portata innovativa").fill("Innovazione scritta dalla seconda redattrice.");
  await second.getByRole("button", { name: "Salva", exact: true }).click();
  await expect(second.getByRole("status").filter({ hasText: "Modifiche salvate." })).toContainText(
    "Sintesi",
    SAVE_TIMEOUT,
  );
  await expect(second.getByLabel("Sintesi")).toHaveValue("Sintesi riscritta dalla prima redattrice.");
  await expect(second.getByLabel("Operatori coinvolti (totale)")).toHaveValue("90");
  await expect(second.getByLabel("Portata innovativa")).toHaveValue("Innovazione scritta dalla seconda redattrice.");

  // Both change Titolo: B is asked, at the top, focused, and picks A's title; B's other edit stays.
  // Fresh pages (no earlier "Modifiche salvate." on screen), both at the same version.
  await first.goto(url);
  await second.goto(url);
  await Promise.all([hydrated(first), hydrated(second)]);
  await first.getByLabel("Titolo").fill("Titolo della prima redattrice");
  await first.getByRole("button", { name: "Salva", exact: true }).click();
  await saved(first);
  await second.getByLabel("Titolo").fill("Titolo della seconda redattrice");
  await second.getByLabel("Note sulla sostenibilità").fill("Nota della seconda redattrice.");
  await second.getByRole("button", { name: "Salva", exact: true }).click();

  const conflict = second.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { level: 2 })).toBeFocused(SAVE_TIMEOUT);
  await expect(conflict).toBeInViewport();
  await expect(conflict).toContainText("Enrico Redattore");
  const field = conflict.getByTestId("conflict-field");
  await expect(field).toHaveCount(1);
  await expect(field).toContainText("Titolo della prima redattrice");
  await expect(field).toContainText("Titolo della seconda redattrice");
  await field.getByRole("radio", { name: /Versione di Enrico Redattore/ }).check();
  await conflict.getByRole("button", { name: "Salva con queste scelte" }).click();
  await saved(second);
  await second.reload();
  await expect(second.getByLabel("Titolo")).toHaveValue("Titolo della prima redattrice");
  await expect(second.getByLabel("Note sulla sostenibilità")).toHaveValue("Nota della seconda redattrice.");
  await expect(second.getByLabel("Sintesi")).toHaveValue("Sintesi riscritta dalla prima redattrice.");
});
