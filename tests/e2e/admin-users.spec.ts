import { expect, test, type Page } from "./support/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";

// Only accounts created here are changed: the seeded ones sign in other tests running in parallel.

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function invite(page: Page, email: string, role: "EDITOR" | "ADMIN" = "EDITOR") {
  await page.goto("/admin/utenti/nuovo");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Ruolo").selectOption(role);
  await page.getByRole("button", { name: /Invia invito|Invita un'altra persona/ }).click();
}

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("invites a user, who chooses their own password and signs in; deactivating them ends their session", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000); // scrypt hashes, one at a time per server process, on a loaded machine
    const id = unique();
    const user = { name: `Paola Prova ${id}`, email: `paola.${id}@test.local`, password: `prova nuova utente ${id}` };
    await invite(page, user.email.toUpperCase());
    // No SMTP_URL in the test server: the link is shown once, to the admin.
    await expect(page.getByRole("status")).toContainText(`Invito creato per ${user.email}`);
    await expect(page.getByRole("status")).toContainText("Il sito non invia e-mail");
    const link = await page.getByLabel("Link di invito").inputValue();
    expect(link).toMatch(/\/admin\/invito\/[A-Za-z0-9_-]{43}$/);
    await page.goto("/admin/utenti");
    await expect(page.getByRole("region", { name: "Inviti in attesa" })).toContainText(user.email);
    await page.goto("/admin/utenti/nuovo");
    await expect(page.getByLabel("Link di invito")).toHaveCount(0); // shown once only

    // A context of its own: without the explicit empty state it would inherit the admin's cookies.
    const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirPage = await theirs.newPage();
    await theirPage.goto(link);
    await expect(theirPage.getByRole("heading", { level: 1 })).toHaveText("Attiva il tuo account");
    await expect(theirPage.getByText(user.email)).toBeVisible();
    await theirPage.getByLabel("Nome e cognome").fill(user.name);
    await theirPage.getByLabel("Scegli una password").fill(user.password);
    await theirPage.getByLabel("Ripeti la password").fill(user.password);
    await theirPage.getByRole("button", { name: "Attiva l'account" }).click();
    await expect(theirPage).toHaveURL(/\/admin\/login\?account=attivato/, { timeout: 30_000 });
    await theirPage.getByLabel("E-mail").fill(user.email);
    await theirPage.getByLabel("Password", { exact: true }).fill(user.password);
    await theirPage.getByRole("button", { name: "Accedi" }).click();
    await expect(theirPage).toHaveURL(/\/admin\/pratiche/, { timeout: 30_000 }); // scrypt, one at a time

    // The link worked once.
    const again = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const againPage = await again.newPage();
    await againPage.goto(link);
    await expect(againPage.getByRole("alert").filter({ hasText: "non è più valido" })).toBeVisible();
    await expect(againPage.getByLabel("Scegli una password")).toHaveCount(0);
    await again.close();

    await page.goto("/admin/utenti");
    await expect(page.getByRole("row", { name: user.name })).toBeVisible();
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

  test("lists every error in a focused summary and refuses a taken e-mail", async ({ page }) => {
    await invite(page, "non-una-email");
    const summary = page.getByRole("alert").filter({ hasText: "problema" });
    await expect(summary).toBeFocused();
    await summary.getByRole("link", { name: "Inserisci un indirizzo e-mail valido." }).click();
    await expect(page.getByLabel("E-mail")).toBeFocused();
    await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("E-mail")).toHaveValue("non-una-email");

    await invite(page, ACCOUNTS.admin.email);
    await expect(
      page.getByRole("alert").filter({ hasText: `Esiste già un utente con l'e-mail ${ACCOUNTS.admin.email}.` }),
    ).toBeVisible();
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
