import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";

// Only accounts created here are changed: the seeded ones sign in other tests running in parallel.

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function fillNewUser(page: Page, user: { name: string; email: string; password: string; confirm?: string }) {
  await page.goto("/admin/utenti/nuovo");
  await page.getByLabel("Nome e cognome").fill(user.name);
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Ruolo").selectOption("EDITOR");
  await page.getByLabel("Password iniziale").fill(user.password);
  await page.getByLabel("Ripeti la password").fill(user.confirm ?? user.password);
  await page.getByRole("button", { name: "Crea utente" }).click();
}

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("creates a user who can sign in; deactivating them ends their session", async ({ page, browser }) => {
    test.setTimeout(90_000); // two scrypt hashes, one at a time per server process, on a loaded machine
    const id = unique();
    const user = { name: `Paola Prova ${id}`, email: `paola.${id}@test.local`, password: `prova-nuova-utente-${id}` };
    await fillNewUser(page, { ...user, email: user.email.toUpperCase() });
    // Hashing and the password check (its lists load on first use) take seconds on a loaded machine.
    await expect(page).toHaveURL(/\/admin\/utenti\?creato=/, { timeout: 20_000 });
    await expect(page.getByRole("status")).toContainText(`Account creato per ${user.email}`);
    await expect(page.getByRole("row", { name: user.name })).toContainText("mai");

    // A context of its own: without the explicit empty state it would inherit the admin's cookies.
    const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirPage = await theirs.newPage();
    await theirPage.goto("/admin/login");
    await theirPage.getByLabel("E-mail").fill(user.email);
    await theirPage.getByLabel("Password").fill(user.password);
    await theirPage.getByRole("button", { name: "Accedi" }).click();
    await expect(theirPage).toHaveURL(/\/admin\/pratiche/, { timeout: 20_000 }); // scrypt, one at a time

    await page.getByRole("link", { name: user.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(user.name);
    await expect(page.locator("dt:text-is('Ultimo accesso') + dd")).not.toHaveText("mai");
    await page.getByRole("button", { name: "Disattiva account" }).click();
    await expect(page.getByRole("status")).toContainText("disattivato");
    await expect(page.getByRole("button", { name: "Riattiva account" })).toBeVisible();

    await theirPage.goto("/admin/pratiche");
    await expect(theirPage).toHaveURL(/\/admin\/login/);
    await theirs.close();
  });

  test("shows field errors for a bad form and refuses a taken e-mail", async ({ page }) => {
    const id = unique();
    await fillNewUser(page, { name: "X", email: "non-una-email", password: "corta", confirm: "diversa" });
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Inserisci un indirizzo e-mail valido.")).toBeVisible();
    await expect(page.getByText("Indica nome e cognome.")).toBeVisible();
    await expect(page.getByText(/almeno 12 caratteri/).last()).toBeVisible();
    await expect(page.getByText("Le due password non coincidono.")).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue("non-una-email");

    await fillNewUser(page, { name: `Doppione ${id}`, email: ACCOUNTS.admin.email, password: `prova-doppione-${id}` });
    await expect(page.getByText(`Esiste già un utente con l'e-mail ${ACCOUNTS.admin.email}.`)).toBeVisible();
    await expect(page.getByLabel("Nome e cognome")).toHaveValue(`Doppione ${id}`);
  });

  test("cannot demote or deactivate themself", async ({ page }) => {
    await page.goto("/admin/utenti");
    await page.getByRole("row", { name: "(tu)" }).getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Accesso", exact: true })).toBeVisible();
    await expect(page.getByText("Non puoi disattivare il tuo account.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Disattiva account" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Cambia ruolo" })).toHaveCount(0);
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: STORAGE_STATE.editor });

  // The page answers with the forbidden UI; with Cache Components the HTTP status stays 200
  // because the check runs after the shell is sent (see the Next docs on loading.js status codes).
  for (const path of [
    "/admin/utenti",
    "/admin/utenti/nuovo",
    "/admin/utenti/1",
    "/admin/vocabolari",
    "/admin/vocabolari/area",
    "/admin/vocabolari/area/anziani",
  ]) {
    test(`is refused ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Accesso non consentito" })).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(
        page.locator("form").filter({ has: page.locator('input[name="label"], input[name="email"]') }),
      ).toHaveCount(0);
    });
  }

  test("does not see the admin links", async ({ page }) => {
    await page.goto("/admin/pratiche");
    await expect(page.getByRole("link", { name: "Utenti", exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Vocabolari", exact: true })).toHaveCount(0);
  });
});
