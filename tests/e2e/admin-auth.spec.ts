import { expect as baseExpect, test } from "./support/test";
import { ACCOUNTS } from "./support/accounts";
import { signIn } from "./support/sign-in";

// Every sign-in hashes with scrypt, one at a time per server process: many seconds on a loaded machine.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

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

test("failed sign-ins are limited per account: after 5, a growing delay", async ({ page }) => {
  test.setTimeout(300_000); // 6 sign-ins, each hashing with scrypt by design
  const { email, password } = ACCOUNTS.limited;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, email, `sbagliata-${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  }
  await signIn(page, email, password);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /^Troppi tentativi non riusciti\. Riprova tra \d+ secondi\.$/,
  );
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("an attacker's failures slow the attacker down, not the owner signing in from elsewhere", async ({ browser }) => {
  const { email, password } = ACCOUNTS.owner;
  const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.66" } });
  const attackerPage = await attacker.newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(attackerPage, email, `indovina-${attempt}`);
    await expect(attackerPage.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  }
  await signIn(attackerPage, email, `indovina-6`);
  await expect(attackerPage.getByRole("main").getByRole("alert")).toContainText("Troppi tentativi");
  await attacker.close();

  // The owner's own connection (the attacker may write the left-most entry: it is ignored).
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.66, 203.0.113.20" } });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, email, password);
  await expect(ownerPage).toHaveURL(/\/admin\/pratiche$/);
  await owner.close();
});

test("a browser that signed in before still gets in when others' failures throttle its address", async ({
  browser,
}) => {
  const { email, password } = ACCOUNTS.device;
  // One office behind one address: the owner's browser has signed in here before.
  const office = { extraHTTPHeaders: { "X-Forwarded-For": "198.18.0.7" } };
  const owner = await browser.newContext(office);
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, email, password);
  await expect(ownerPage).toHaveURL(/\/admin\/pratiche$/);
  await ownerPage.getByRole("button", { name: "Esci" }).click();
  await expect(ownerPage).toHaveURL(/\/admin\/login/);

  // Someone else in the office guesses: the account from that address is throttled…
  const other = await browser.newContext(office);
  const otherPage = await other.newPage();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(otherPage, email, `indovina-${attempt}`);
    await expect(otherPage.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  }
  await signIn(otherPage, email, password);
  await expect(otherPage.getByRole("main").getByRole("alert")).toContainText("Troppi tentativi");
  await other.close();

  // …but not the owner's browser, which carries its device token.
  await signIn(ownerPage, email, password);
  await expect(ownerPage).toHaveURL(/\/admin\/pratiche$/);
  await owner.close();
});

test("a very long e-mail gets a field error, not a server error", async ({ page }) => {
  await page.goto("/admin/login");
  // Random, so it does not compress: the kind of value that overflowed the attempts' index (a 500).
  const local = Array.from({ length: 400 }, () => Math.random().toString(36).slice(2, 12)).join("");
  await page.getByLabel("E-mail").fill(`${local}@test.local`);
  await page.getByLabel("Password").fill("qualunque-password");
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByText("L'indirizzo e-mail è troppo lungo (al massimo 254 caratteri).")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-describedby", "email-error");
});

test.describe("per client address", () => {
  test("failed sign-ins are limited per address, whatever the account and the left-most X-Forwarded-For", async ({
    page,
  }) => {
    test.setTimeout(300_000); // 21 sign-ins, each hashing with scrypt by design
    for (let attempt = 1; attempt <= 20; attempt++) {
      // The client writes what it likes on the left; the proxy appends the address it saw.
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": `192.0.2.${attempt}, 203.0.113.77` });
      await signIn(page, `sconosciuto-${attempt}@test.local`, "password-sbagliata");
      // scrypt takes ~0.3 s idle, several seconds on a loaded 2-core machine.
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
    }
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "192.0.2.99, 203.0.113.77" });
    await signIn(page, "ancora-un-altro@test.local", "password-sbagliata");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Troppi tentativi");
  });
});
