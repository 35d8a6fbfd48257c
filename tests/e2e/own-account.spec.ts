import { expect as baseExpect, test, type Page } from "./support/test";
import { ACCOUNTS } from "./support/accounts";
import { signIn } from "./support/sign-in";

// Every sign-in hashes with scrypt, one at a time per server process: many seconds on a loaded machine.
const expect = baseExpect.configure({ timeout: 45_000 });
test.describe.configure({ timeout: 180_000 });

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Password attuale").fill(current);
  await page.getByLabel("Nuova password").fill(next);
  await page.getByLabel("Ripeti la password").fill(next);
  await page.getByRole("button", { name: "Cambia password" }).click();
}

test("a user changes their own password: current one required, weak ones refused, other sessions ended", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { email, password } = ACCOUNTS.changer;
  const newPassword = "la mia nuova frase segreta di prova";
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  const page = await here.newPage();
  const other = await elsewhere.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/admin\/pratiche$/);
  await signIn(other, email, password);
  await expect(other).toHaveURL(/\/admin\/pratiche$/);

  await page.getByRole("navigation", { name: "Area riservata" }).getByRole("link", { name: "Il mio account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Il mio account");
  await expect(page.getByRole("heading", { name: "Cambia password" })).toBeVisible();

  await changePassword(page, "non-è-la-mia-password", newPassword);
  const current = page.getByLabel("Password attuale");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await current.getAttribute("aria-describedby")}`)).toHaveText(
    "La password attuale non è corretta.",
  );

  await changePassword(page, password, "password12345");
  await expect(page.getByLabel("Nuova password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password-error")).toContainText(/tra quelle più comuni o facili da indovinare/);

  await changePassword(page, password, newPassword);
  await expect(page.getByRole("status")).toHaveText(
    "Password cambiata. Le tue altre sessioni sono state chiuse; questa resta aperta.",
  );

  // The other device is signed out; this one is not.
  await other.goto("/admin/pratiche");
  await expect(other).toHaveURL(/\/admin\/login/);
  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Il mio account");

  await signIn(other, email, password);
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  await signIn(other, email, newPassword);
  await expect(other).toHaveURL(/\/admin\/pratiche$/);
  await here.close();
  await elsewhere.close();
});
