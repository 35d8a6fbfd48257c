import { expect, type Browser, type Page } from "@playwright/test";

// A practice proposed from /segnala as a visitor would: the fields, then the send.

/** The form refuses a send faster than a person could type (lib/submissions/limits.ts MIN_FILL_MS). */
export const HUMAN_PAUSE_MS = 5_500;

export async function fillProposal(page: Page, title: string, comune: string) {
  await page.getByLabel("Se è un comune: quale").fill(comune);
  await page.locator("#titolo").fill(title);
  await page.getByLabel("Sintesi").fill("Volontari e operatori chiamano ogni giorno chi vive solo.");
  await page
    .getByLabel("Descrizione del servizio")
    .fill("Una rete di telefonate quotidiane, con la spesa e i farmaci a casa.");
  await page.getByLabel("Tipo di servizio").selectOption("nuovo");
  await page.getByLabel("Anziani (65 anni e più)").check();
  await page.getByLabel("Risorse necessarie").fill("Due operatori e un numero di telefono dedicato.");
  await page.getByLabel("Contatto pubblico dell'ente").fill("servizisociali@comune.esempio.it");
  await page.getByLabel("Nome e cognome").fill("Maria Rossi");
  await page.getByLabel("Ruolo").fill("Assistente sociale");
  await page.getByLabel("E-mail istituzionale").fill("m.rossi@comune.esempio.it");
  await page.getByLabel("Ente per cui scrivi").fill(`Comune di ${comune}`);
}

/**
 * A proposal sent with JavaScript from a visitor's own browser, its proof-of-work solved: the
 * visitor's page (on the status page), the proposal's code and its status link.
 */
export async function sendProposal(browser: Browser, title: string, comune: string) {
  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const form = await visitor.newPage();
  await form.goto("/segnala");
  await fillProposal(form, title, comune);
  // The widget solves its challenge and fills the hidden field.
  await expect(form.locator('input[name="altcha"]')).not.toHaveValue("", { timeout: 20_000 });
  await form.waitForTimeout(HUMAN_PAUSE_MS);
  await form.getByRole("button", { name: "Invia la segnalazione" }).click();
  await expect(form).toHaveURL(/\/segnala\/stato\//, { timeout: 15_000 });
  const code = (await form.getByTestId("submission-code").textContent())!.trim();
  return { visitor, form, code, statusUrl: form.url().replace(/\?.*$/, "") };
}
