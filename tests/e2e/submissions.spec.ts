import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";
import { fillProposal, HUMAN_PAUSE_MS, sendProposal } from "./support/proposal";

// A practice proposed from /segnala, without JavaScript and with it, then moderated: published as
// a real sheet that search finds, or declined with a reason only its sender sees.

const RUN = Date.now().toString(36);
// A send without JavaScript is a whole page round trip (the page re-rendered with the answer):
// on a busy machine the first one takes longer than the default 5 s.
const ANSWER = { timeout: 30_000 };

async function statusOf(page: Page, statusUrl: string) {
  await page.goto(statusUrl);
  return (await page.getByTestId("submission-status").textContent())?.trim();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused send keeps what was typed and ties each error to its field; the fixed one gets a receipt", async ({
    page,
    browser,
  }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Navigazione principale" })
      .getByRole("link", { name: "Segnala una pratica" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Il tuo comune ha una pratica da condividere?");
    const title = `Telefonata quotidiana senza script ${RUN}`;
    await fillProposal(page, title, "Calliano");
    await page.getByLabel("E-mail istituzionale").fill("non-una-mail");
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Invia la segnalazione" }).click();

    const summary = page.locator("#riepilogo-errori");
    await expect(summary).toBeVisible(ANSWER);
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /più comuni hanno questo nome/ })).toHaveAttribute(
      "href",
      "#comune",
    );
    await expect(page.getByLabel("E-mail istituzionale")).toHaveAttribute(
      "aria-describedby",
      /richiedente_email-error/,
    );
    await expect(page.locator("#richiedente_email-error")).toContainText("non è un indirizzo e-mail valido");
    // What was typed is still there, and the suggestions came from the server.
    await expect(page.locator("#titolo")).toHaveValue(title);
    await expect(page.getByLabel("Risorse necessarie")).toHaveValue("Due operatori e un numero di telefono dedicato.");
    await expect(page.getByLabel("Anziani (65 anni e più)")).toBeChecked();
    await expect(page.locator("#comune-error")).toContainText("Calliano (Trento)");

    // The answer's address, opened in another browser, gives away neither what was typed nor the
    // form's stamp (whose token becomes the private status link).
    const stamp = await page.locator('input[name="modulo"]').inputValue();
    const other = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
    const otherPage = await other.newPage();
    await otherPage.goto(page.url());
    await expect(
      otherPage.getByRole("alert").filter({ hasText: "Non troviamo più quanto avevi inviato" }),
    ).toBeVisible();
    await expect(otherPage.locator("#titolo")).toHaveValue("");
    expect(await otherPage.locator('input[name="modulo"]').inputValue()).not.toBe(stamp);
    await other.close();

    await page.getByLabel("Se è un comune: quale").fill("Calliano (Trento)");
    await page.getByLabel("E-mail istituzionale").fill("m.rossi@comune.calliano.tn.it");
    await page.getByRole("button", { name: "Invia la segnalazione" }).click();
    await expect(page).toHaveURL(/\/segnala\/stato\/[A-Za-z0-9_-]{43}\?inviata=1$/, ANSWER);
    await expect(page.getByTestId("submission-code")).toHaveText(/^SEG-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expect(page.getByTestId("submission-status")).toHaveText("Ricevuta");

    // The private link keeps answering without the receipt banner.
    const statusUrl = page.url().replace(/\?.*$/, "");
    expect(await statusOf(page, statusUrl)).toBe("Ricevuta");
  });

  test("a NUL character typed into the form is dropped, not a server error", async ({ page }) => {
    await page.goto("/segnala");
    const title = `Telefonata con un carattere nullo ${RUN}`;
    await fillProposal(page, title, "Calliano (Trento)");
    // Postgres refuses NUL in text and JSON: the refused send below keeps the form in the database.
    await page.locator("#titolo").evaluate((field: HTMLInputElement, value) => (field.value = value), `${title}\u0000`);
    await page.getByLabel("Nome e cognome").evaluate((field: HTMLInputElement) => (field.value = "Maria\u0000 Rossi"));
    // Sent at once: refused as too fast, so no proposal is recorded, and what was typed comes back.
    await page.getByRole("button", { name: "Invia la segnalazione" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "inviato troppo in fretta" })).toBeVisible(ANSWER);
    await expect(page.locator("#titolo")).toHaveValue(title);
    await expect(page.getByLabel("Nome e cognome")).toHaveValue("Maria Rossi");
  });
});

test.describe("moderation", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  test(
    "a proposal sent with JavaScript passes the proof-of-work, is published as a real sheet and found by search",
    { tag: "@publishes-real" },
    async ({ page, browser }) => {
      const title = `Telefonata quotidiana con verifica ${RUN}`;
      const { visitor, form, code, statusUrl } = await sendProposal(browser, title, "Pergine Valsugana");

      await page.goto("/admin/pratiche");
      await expect(page.getByTestId("pending-submissions")).toHaveText(/^\d+$/);
      await page.goto("/admin/segnalazioni?tipo=nuova-pratica");
      const row = page.getByRole("row").filter({ hasText: code });
      await expect(row).toContainText(title);
      await expect(row).not.toContainText("senza verifica");
      await row.getByRole("link", { name: code }).click();
      await expect(page.getByText("superata")).toBeVisible();
      await expect(page.locator("#titolo")).toHaveValue(title);
      await expect(page.locator("#codice")).toHaveValue(code);
      expect(await statusOf(form, statusUrl)).toBe("In revisione");

      await page.getByRole("button", { name: "Pubblica la scheda" }).click();
      await expect(page.getByRole("status")).toContainText("Segnalazione pubblicata");

      await form.goto(`/pratiche?q=${encodeURIComponent("telefonata quotidiana con verifica")}`);
      await form.getByRole("link", { name: title, exact: true }).click();
      await expect(form.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(form.getByRole("heading", { name: "Risorse necessarie" })).toBeVisible();
      await expect(form.getByTestId("public-contact")).toHaveText("servizisociali@comune.esempio.it");
      await expect(form.getByText("Maria Rossi")).toHaveCount(0);
      expect(await statusOf(form, statusUrl)).toBe("Pubblicata");
      await form.getByRole("link", { name: "Vai alla scheda pubblicata" }).click();
      await expect(form.getByRole("heading", { level: 1 })).toHaveText(title);
      await visitor.close();
    },
  );

  test("a declined proposal shows its reason to the sender and never becomes public", async ({ page, browser }) => {
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
    const form = await visitor.newPage();
    await form.goto("/segnala");
    const title = `Proposta da declinare ${RUN}`;
    await fillProposal(form, title, "Arco");
    await form.waitForTimeout(HUMAN_PAUSE_MS);
    await form.getByRole("button", { name: "Invia la segnalazione" }).click();
    await expect(form).toHaveURL(/\/segnala\/stato\//, ANSWER);
    const code = (await form.getByTestId("submission-code").textContent())!.trim();
    const statusUrl = form.url().replace(/\?.*$/, "");

    await page.goto("/admin/segnalazioni");
    const row = page.getByRole("row").filter({ hasText: code });
    await expect(row).toContainText("senza verifica");
    await row.getByRole("link", { name: code }).click();
    await page.getByRole("button", { name: "Non pubblicare" }).click();
    await expect(page.locator("#motivo-error")).toBeVisible();
    await page.getByLabel(/^Motivo/).fill("Descrive un servizio già presente nel catalogo.");
    await page.getByRole("button", { name: "Non pubblicare" }).click();
    await expect(page.getByRole("status")).toContainText("non pubblicata");
    await expect(page.getByTestId("review-status")).toContainText("Enrico Redattore");

    expect(await statusOf(form, statusUrl)).toBe("Non pubblicata");
    await expect(form.getByTestId("rejection-reason")).toHaveText("Descrive un servizio già presente nel catalogo.");
    await form.goto(`/pratiche?q=${encodeURIComponent("proposta da declinare")}`);
    await expect(form.getByRole("link", { name: title, exact: true })).toHaveCount(0);
    await visitor.close();
  });
});

test("an unknown status link is a 404", async ({ page }) => {
  const response = await page.goto(`/segnala/stato/${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
});
