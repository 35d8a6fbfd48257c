import pg from "pg";
import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";
import { cardHref } from "./support/cards";

// A save is a session check, the write and the re-rendered page: generous on a shared machine.
test.describe.configure({ timeout: 90_000 });
const SAVE_TIMEOUT = { timeout: 30_000 };

// Sheets of Molise are edited here: no other browser test looks at them. Titles repeat across
// entities, so a sheet is found in the admin list by its code.
async function openMoliseSheet(page: Page, index: number) {
  await page.goto("/pratiche?regione=molise&ordina=titolo");
  const href = await cardHref(page, index);
  await page.goto(href);
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const code = (await page.getByTestId("practice-code").textContent())!.trim();
  await page.goto(`/admin/pratiche?q=${encodeURIComponent(code)}`);
  await page.locator("tbody a").first().click();
  await page.waitForURL(/\/admin\/pratiche\/\d+$/);
  return { slug: href.split("/").pop()!, title, code };
}

test.describe("editing as an editor", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test("an edit of a published sheet is a draft until «Pubblica modifiche», recorded in history and restorable", async ({
    page,
  }) => {
    const { slug, title: originalTitle, code } = await openMoliseSheet(page, 0);
    const editUrl = page.url();

    const newTitle = `${originalTitle} (aggiornata)`;
    await page.getByLabel("Titolo").fill(newTitle);
    await page.getByRole("button", { name: "Salva", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifiche salvate." })).toContainText(
      "Pubblica modifiche",
      SAVE_TIMEOUT,
    );
    await expect(page.getByTestId("draft-panel")).toBeVisible();
    await expect(page.getByLabel("Titolo")).toHaveValue(newTitle);

    // Issue 13: the public page keeps the published version while the edit is a draft.
    await page.goto(`/pratiche/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(originalTitle);
    // The saved draft is previewed with the public page's component.
    await page.goto(`${editUrl}/anteprima`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);
    // The admin list marks it.
    await page.goto(`/admin/pratiche?q=${encodeURIComponent(code)}`);
    await expect(page.getByTestId("admin-row").first().getByTestId("unpublished-changes")).toHaveText(
      "modifiche non pubblicate",
    );
    await page.goto(editUrl);

    await page.getByRole("button", { name: "Pubblica modifiche" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifiche pubblicate" })).toBeVisible(SAVE_TIMEOUT);
    await expect(page.getByTestId("draft-panel")).toHaveCount(0);
    await page.goto(`/pratiche/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);

    await page.goto(editUrl);
    await page.getByRole("link", { name: "Storico delle modifiche" }).click();
    const latest = page.getByTestId("revision").first();
    await expect(latest).toContainText("Enrico Redattore");
    await expect(latest.getByRole("row", { name: /Titolo/ })).toContainText(newTitle);

    // A restore of a published sheet is a draft too, published like any edit.
    await page.getByTestId("revision").nth(1).getByRole("button", { name: "Ripristina questa versione" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ripristinato" })).toBeVisible(SAVE_TIMEOUT);
    await page.goto(`/pratiche/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);
    await page.goto(editUrl);
    await page.getByRole("button", { name: "Pubblica modifiche" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifiche pubblicate" })).toBeVisible(SAVE_TIMEOUT);
    await page.goto(`/pratiche/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(originalTitle);
  });

  test("invalid input shows field errors and saves nothing", async ({ page }) => {
    await openMoliseSheet(page, 1);
    const version = await page.locator('input[name="versione"]').inputValue();
    await page.getByLabel("Titolo").fill("abc");
    await page.getByLabel("Operatori coinvolti (totale)").fill("-3");
    await page.getByRole("button", { name: "Salva" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "problemi da correggere" })).toBeFocused(SAVE_TIMEOUT);
    await expect(page.getByLabel("Titolo")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#titolo-error")).toContainText("almeno 5 caratteri");
    await expect(page.locator("#operatori_totale-error")).toContainText("non può essere negativo");
    await expect(page.getByLabel("Titolo")).toHaveValue("abc");
    await page.reload();
    await expect(page.locator('input[name="versione"]')).toHaveValue(version);
  });

  test("a new draft is previewable but not public", async ({ page }) => {
    const code = `PROVA-E2E-${Date.now()}`;
    await page.goto("/admin/pratiche/nuova");
    await page.getByRole("textbox", { name: "Codice (obbligatorio)" }).fill(code);
    await page.getByLabel("Titolo").fill("Sportello di prova per il test");
    await page.getByLabel("Sintesi").fill("Una scheda di prova creata dal test automatico.");
    await page.getByLabel("Descrizione del servizio").fill("Descrizione di prova abbastanza lunga per essere valida.");
    await page.getByLabel("Tipo di servizio").selectOption("nuovo");
    await page.getByLabel("Ente erogatore (nuovo)").fill("Comune di Prova Automatica");
    await page.getByLabel("Tipo di ente").selectOption("comune");
    await page.getByLabel("Regione").selectOption("molise");
    await page.getByLabel("Multiutenza").check();
    await page.getByRole("button", { name: "Salva" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scheda creata." })).toBeVisible(SAVE_TIMEOUT);
    await expect(page.getByText("Bozza", { exact: true }).first()).toBeVisible();

    await page.getByRole("link", { name: "Anteprima" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sportello di prova per il test");
    await expect(page.getByText("Comune di Prova Automatica").first()).toBeVisible();

    const response = await page.goto("/pratiche/sportello-di-prova-per-il-test-prova-automatica");
    expect(response?.status()).toBe(404);
  });

  test("a new entity named as an existing one joins it, and the page says what was not applied", async ({ page }) => {
    const name = `Comune di Nota Ente ${Date.now()}`;
    async function newSheet(entity: string, fields: { codiceIstat?: string; provincia?: string } = {}) {
      await page.goto("/admin/pratiche/nuova");
      await page.getByRole("textbox", { name: "Codice (obbligatorio)" }).fill(`PROVA-ENTE-${Date.now()}`);
      await page.getByLabel("Titolo").fill("Sportello di prova per l'ente");
      await page.getByLabel("Sintesi").fill("Una scheda di prova creata dal test automatico.");
      await page
        .getByLabel("Descrizione del servizio")
        .fill("Descrizione di prova abbastanza lunga per essere valida.");
      await page.getByLabel("Tipo di servizio").selectOption("nuovo");
      await page.getByLabel("Ente erogatore (nuovo)").fill(entity);
      await page.getByLabel("Tipo di ente").selectOption("comune");
      if (fields.codiceIstat) await page.getByLabel("Codice ISTAT").fill(fields.codiceIstat);
      await page.getByLabel("Regione").selectOption("molise");
      if (fields.provincia) await page.getByLabel("Provincia").fill(fields.provincia);
      await page.getByLabel("Multiutenza").check();
      await page.getByRole("button", { name: "Salva" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Scheda creata." })).toBeVisible(SAVE_TIMEOUT);
      return Number(new URL(page.url()).pathname.split("/").at(-1));
    }
    const first = await newSheet(name);
    await expect(page.getByTestId("entity-not-applied")).toHaveCount(0);

    // A small comune of the province of Isernia that no entity has as its code.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows: used } = await client.query<{ istatCode: string }>(
        `SELECT "istatCode" FROM "Entity" WHERE "istatCode" IN ('094013', '094011', '094033')`,
      );
      const code = ["094013", "094011", "094033"].find((c) => !used.some((u) => u.istatCode === c))!;
      const second = await newSheet(name.toUpperCase(), { codiceIstat: code, provincia: "Isernia" });
      const notice = page.getByTestId("entity-not-applied");
      await expect(notice).toContainText("la provincia e il codice ISTAT che hai indicato non sono stati applicati");
      const { rows } = await client.query<{
        id: number;
        entityId: number;
        istatCode: string | null;
        province: string | null;
      }>(
        `SELECT p."id", p."entityId", e."istatCode", e."province" FROM "Practice" p JOIN "Entity" e ON e."id" = p."entityId"
         WHERE p."id" IN ($1, $2) ORDER BY p."id"`,
        [first, second],
      );
      expect(rows).toHaveLength(2);
      expect(rows[1]!.entityId).toBe(rows[0]!.entityId);
      expect(rows[1]).toMatchObject({ istatCode: null, province: null });
      await notice.getByRole("link", { name: "pagina dell'ente" }).click();
      await expect(page).toHaveURL(new RegExp(`/admin/enti/${rows[0]!.entityId}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    } finally {
      await client.end();
    }
  });
});

test("two editors on one sheet: the second save keeps the first one's changes", async ({ browser }) => {
  const first = await (await browser.newContext({ storageState: STORAGE_STATE.editor })).newPage();
  const second = await (await browser.newContext({ storageState: STORAGE_STATE.editor2 })).newPage();
  await openMoliseSheet(first, 2);
  await second.goto(first.url());

  await first.getByLabel("Sintesi").fill("Sintesi riscritta dalla prima redattrice.");
  await first.getByRole("button", { name: "Salva", exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: "Modifiche salvate." })).toBeVisible(SAVE_TIMEOUT);

  await second.getByLabel("Titolo").fill("Titolo cambiato dalla seconda persona");
  await second.getByRole("button", { name: "Salva", exact: true }).click();
  // Different fields: merged without asking, and said so.
  await expect(second.getByRole("status").filter({ hasText: "Modifiche salvate." })).toContainText(
    "Sintesi",
    SAVE_TIMEOUT,
  );
  await expect(second.getByLabel("Titolo")).toHaveValue("Titolo cambiato dalla seconda persona");
  await expect(second.getByLabel("Sintesi")).toHaveValue("Sintesi riscritta dalla prima redattrice.");

  await first.reload();
  await expect(first.getByLabel("Titolo")).toHaveValue("Titolo cambiato dalla seconda persona");
  await expect(first.getByLabel("Sintesi")).toHaveValue("Sintesi riscritta dalla prima redattrice.");
});

test("«Pubblica modifiche» over changes someone else saved meanwhile saves a draft and publishes nothing unseen", async ({
  browser,
}) => {
  const first = await (await browser.newContext({ storageState: STORAGE_STATE.editor })).newPage();
  const second = await (await browser.newContext({ storageState: STORAGE_STATE.editor2 })).newPage();
  const { slug, title } = await openMoliseSheet(first, 3);
  await second.goto(first.url());

  await first.getByLabel("Sintesi").fill("Sintesi non ancora pronta della prima redattrice.");
  await first.getByRole("button", { name: "Salva", exact: true }).click();
  await expect(first.getByRole("status").filter({ hasText: "Modifiche salvate." })).toBeVisible(SAVE_TIMEOUT);

  await second.getByLabel("Titolo").fill("Titolo pubblicato dalla seconda persona");
  await second.getByRole("button", { name: "Pubblica modifiche" }).click();
  await expect(second.getByRole("status").filter({ hasText: "non pubblicate" })).toContainText("Sintesi", SAVE_TIMEOUT);
  await expect(second.getByLabel("Sintesi")).toHaveValue("Sintesi non ancora pronta della prima redattrice.");
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/pratiche/${slug}`);
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(title);

  // Seen now: the second click publishes both changes.
  await second.getByRole("button", { name: "Pubblica modifiche" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Modifiche pubblicate" })).toBeVisible(SAVE_TIMEOUT);
  await expect(async () => {
    await publicPage.reload();
    await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText("Titolo pubblicato dalla seconda persona");
  }).toPass(SAVE_TIMEOUT);
});
