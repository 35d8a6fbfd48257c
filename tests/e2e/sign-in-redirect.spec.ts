import { expect as baseExpect, test, type BrowserContext, type Page } from "./support/test";
import { ACCOUNTS } from "./support/accounts";

// Every sign-in hashes with scrypt, one at a time per server process: many seconds on a loaded machine.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

// After sign-in the browser goes where `next` says only when that is a page of the admin area
// on this site, with and without JavaScript. Requests to any other host are stopped in the
// browser (and recorded): nothing leaves this machine even if a redirect went wrong.

const HOSTILE = [
  "/admin/..//evil.invalid",
  "/admin/%2e%2e//evil.invalid",
  "/%5cevil.invalid",
  "//evil.invalid",
  "/\\evil.invalid",
];
// The unit tests (tests/unit/next-path.test.ts) cover many more shapes; each one here costs a sign-in.

async function guard(context: BrowserContext, baseURL: string) {
  const host = new URL(baseURL).host;
  const outside: string[] = [];
  await context.route(
    (url) => url.host !== host,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return outside;
}

async function signIn(page: Page) {
  await page.getByLabel("E-mail").fill(ACCOUNTS.redirect.email);
  await page.getByLabel("Password").fill(ACCOUNTS.redirect.password);
  await page.getByRole("button", { name: "Accedi" }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a hostile next leads to the default admin page of this site", async ({ page, context, baseURL }) => {
      test.setTimeout(300_000); // one scrypt per sign-in
      const outside = await guard(context, baseURL!);
      for (const next of HOSTILE) {
        await context.clearCookies();
        await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
        await signIn(page);
        await expect(page, next).toHaveURL(`${baseURL}/admin/pratiche`);
      }
      expect(outside).toEqual([]);
    });

    test("a next inside the admin area is followed in its normalised form", async ({ page, context, baseURL }) => {
      const outside = await guard(context, baseURL!);
      await page.goto(`/admin/login?next=${encodeURIComponent("/admin/pratiche/../%2e%2e/admin/import?da=accesso")}`);
      await signIn(page);
      await expect(page).toHaveURL(`${baseURL}/admin/import?da=accesso`);
      expect(outside).toEqual([]);
    });
  });
}

test("a tampered next field in the sign-in form is resolved again by the server", async ({
  page,
  context,
  baseURL,
}) => {
  const outside = await guard(context, baseURL!);
  for (const next of ["/admin/..//evil.invalid", "/admin/%2e%2e//evil.invalid"]) {
    await context.clearCookies();
    await page.goto("/admin/login?next=%2Fadmin%2Fimport");
    await page.locator('input[name="next"]').evaluate((input: HTMLInputElement, value) => {
      input.value = value;
    }, next);
    await signIn(page);
    await expect(page, next).toHaveURL(`${baseURL}/admin/pratiche`);
  }
  expect(outside).toEqual([]);
});
