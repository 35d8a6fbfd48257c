import { expect, test } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// Issue 13: the error summary of the vocabulary and user-detail forms (focused after a refused
// save, each error a link to its field, by label), and the revocation of an open invitation.

test.use({ storageState: STORAGE_STATE.admin });

test("a refused vocabulary value focuses the error summary, whose link focuses the field", async ({ page }) => {
  await page.goto("/admin/vocabolari/rete");
  await page.getByRole("textbox", { name: "Etichetta" }).fill("x");
  await page.getByRole("button", { name: "Aggiungi voce" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "problema da correggere" });
  await expect(summary).toBeFocused({ timeout: 30_000 });
  const link = summary.getByRole("link", { name: /^Etichetta: / });
  await expect(link).toHaveText("Etichetta: L'etichetta deve avere almeno 2 caratteri.");
  await link.click();
  await expect(page.getByRole("textbox", { name: "Etichetta" })).toBeFocused();
});

test("a refused password on a user's page focuses the error summary, by label", async ({ page }) => {
  await page.goto("/admin/utenti");
  await page.getByRole("link", { name: /Enrico Redattore/ }).click();
  await page.getByRole("textbox", { name: "Nuova password" }).fill("girasole lampione pentola tramonto 1987");
  await page.getByLabel("Ripeti la password").fill("un'altra frase diversa 42");
  await page.getByRole("button", { name: "Imposta la nuova password" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "da correggere" });
  await expect(summary).toBeFocused({ timeout: 30_000 });
  await summary.getByRole("link", { name: "Ripeti la password: Le due password non coincidono." }).click();
  await expect(page.getByLabel("Ripeti la password")).toBeFocused();
});

test("a revoked invitation leaves the list and its link says it was revoked", async ({ page, browser }) => {
  const email = `revoca-${Date.now()}@test.local`;
  await page.goto("/admin/utenti/nuovo");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Ruolo").selectOption("EDITOR");
  await page.getByRole("button", { name: /Invia invito|Invita un'altra persona/ }).click();
  const link = await page.getByLabel("Link di invito").inputValue();

  await page.goto("/admin/utenti");
  const pending = page.getByRole("region", { name: "Inviti in attesa" });
  await pending.getByRole("button", { name: `Revoca l'invito a ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invito a ${email} revocato` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(email, { exact: false }).and(page.locator("li"))).toHaveCount(0);

  const invitee = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await invitee.goto(link);
  await expect(
    invitee.getByRole("alert").filter({ hasText: "Questo invito è stato revocato da un amministratore" }),
  ).toBeVisible();
  await expect(invitee.getByLabel("Scegli una password")).toHaveCount(0);

  await page.goto("/admin/registro");
  // The invitation's own event is a row too: the revocation is one more.
  await expect(
    page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) }).filter({ hasText: "Invito revocato" }),
  ).toHaveCount(1);
});
