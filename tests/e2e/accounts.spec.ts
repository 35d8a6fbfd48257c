import { expect as baseExpect, test } from "./support/test";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { STORAGE_STATE } from "./support/accounts";
import { signIn } from "./support/sign-in";

// Sign-ins hash with scrypt, one at a time per server process: many seconds on a loaded machine.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 240_000 });

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

/** A throwaway account, as an earlier invitation would have left it. */
async function createAccount(email: string, name: string, password: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, 'EDITOR', now()) RETURNING id`,
      [email, name, await hashPassword(password)],
    );
    return rows[0].id as number;
  } finally {
    await client.end();
  }
}

test("a password an admin chose must be replaced at the next sign-in, before anything else", async ({ browser }) => {
  const id = unique();
  const email = `forzato.${id}@test.local`;
  const userId = await createAccount(email, `Franco Forzato ${id}`, `la frase iniziale di ${id}`);

  const admin = await browser.newContext({ storageState: STORAGE_STATE.admin });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/admin/utenti/${userId}`);
  const chosen = `scelta dall'amministratore ${id}`;
  await adminPage.getByRole("textbox", { name: "Nuova password" }).fill(chosen);
  await adminPage.getByRole("textbox", { name: "Ripeti la password" }).fill(chosen);
  await adminPage.getByRole("button", { name: "Imposta la nuova password" }).click();
  await expect(adminPage.getByRole("status")).toContainText("dovrà sceglierne una sua");
  await admin.close();

  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await theirs.newPage();
  await signIn(page, email, chosen);
  await expect(page).toHaveURL(/\/admin\/cambio-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scegli la tua password");
  // Nothing else opens, pages or actions, until the password is replaced.
  for (const path of ["/admin/pratiche", "/admin/account", "/admin/pratiche/nuova"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/cambio-password$/);
  }

  const own = `la mia frase personale ${id}`;
  await page.getByLabel("Password attuale").fill(chosen);
  await page.getByRole("textbox", { name: "Nuova password" }).fill(own);
  await page.getByLabel("Ripeti la password").fill(own);
  await page.getByRole("button", { name: "Cambia password" }).click();
  await expect(page).toHaveURL(/\/admin\/pratiche$/);
  await page.goto("/admin/cambio-password");
  await expect(page).toHaveURL(/\/admin\/account$/);
  await theirs.close();
});

test("without SMTP, 'Password dimenticata?' says to ask an administrator", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/admin/login");
  await page.getByRole("link", { name: "Password dimenticata?" }).click();
  await expect(page).toHaveURL(/\/admin\/password-dimenticata$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Password dimenticata");
  await expect(page.getByText("chiedi a un amministratore di impostarti una nuova password")).toBeVisible();
  // The sign-in page stays in the DOM, hidden, after a client navigation: only a visible field counts.
  await expect(page.locator('input[name="email"]:visible')).toHaveCount(0);
  await context.close();
});

test("a link that does not exist opens no form", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  for (const path of [
    `/admin/invito/${"a".repeat(43)}`,
    `/admin/nuova-password/${"b".repeat(43)}`,
    "/admin/invito/x",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "non è più valido" }), path).toBeVisible();
    await expect(page.locator('input[type="password"]'), path).toHaveCount(0);
  }
  await context.close();
});
