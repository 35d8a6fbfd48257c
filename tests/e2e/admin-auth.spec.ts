import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Accedi" }).click();
}

test("a wrong password or unknown account gets the same message", async ({ page }) => {
  await signIn(page, ACCOUNTS.editor2.email, "password-sbagliata");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  await signIn(page, "nessuno@test.local", "password-sbagliata");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("the session cookie is httpOnly and SameSite=Lax, and a planted one is replaced at sign-in", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "sessione_admin", value: "planted-by-someone-else", url: baseURL! }]);
  await page.goto("/admin/pratiche");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fpratiche/);

  await signIn(page, ACCOUNTS.editor.email, ACCOUNTS.editor.password);
  await expect(page).toHaveURL(/\/admin\/pratiche$/);
  const cookie = (await context.cookies()).find((c) => c.name === "sessione_admin")!;
  expect(cookie.value).not.toBe("planted-by-someone-else");
  expect(cookie.value.length).toBeGreaterThanOrEqual(40);
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  expect(cookie.expires - Date.now() / 1000).toBeGreaterThan(7 * 3600);
});

test("signing out revokes the session on the server", async ({ page, context, browser, baseURL }) => {
  await signIn(page, ACCOUNTS.editor2.email, ACCOUNTS.editor2.password);
  await expect(page).toHaveURL(/\/admin\/pratiche$/);
  const token = (await context.cookies()).find((c) => c.name === "sessione_admin")!.value;
  await page.getByRole("button", { name: "Esci" }).click();
  await expect(page.getByRole("status")).toContainText("Sei uscito");

  const stolen = await browser.newContext();
  await stolen.addCookies([{ name: "sessione_admin", value: token, url: baseURL! }]);
  const response = await stolen.request.get("/admin/pratiche", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/admin/login");
  await stolen.close();
});

test("failed sign-ins are limited per account", async ({ page }) => {
  const { email, password } = ACCOUNTS.limited;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `sbagliata-${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  }
  await signIn(page, email, password);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Troppi tentativi non riusciti. Riprova tra 15 minuti.",
  );
  await expect(page).toHaveURL(/\/admin\/login/);
});

test.describe("per client address", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });

  test("failed sign-ins are limited per address, whatever the account", async ({ page }) => {
    test.setTimeout(120_000); // 21 sign-ins, each hashing with scrypt by design
    for (let attempt = 1; attempt <= 20; attempt++) {
      await signIn(page, `sconosciuto-${attempt}@test.local`, "password-sbagliata");
      // scrypt takes ~0.3 s idle, several seconds on a loaded 2-core machine.
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.", {
        timeout: 15_000,
      });
    }
    await signIn(page, "ancora-un-altro@test.local", "password-sbagliata");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Troppi tentativi");
  });
});
