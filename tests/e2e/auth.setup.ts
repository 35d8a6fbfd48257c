import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";

// Signs each role in once through the real login form and saves the session for the tests.
for (const role of ["admin", "editor", "editor2"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    setup.setTimeout(90_000);
    await page.goto("/admin/login");
    await page.getByLabel("E-mail").fill(ACCOUNTS[role].email);
    await page.getByLabel("Password").fill(ACCOUNTS[role].password);
    await page.getByRole("button", { name: "Accedi" }).click();
    // The first sign-ins meet a cold server (every page renders once after start) and scrypt,
    // one hash at a time per process: up to a minute on a loaded 2-core machine.
    await expect(page).toHaveURL(/\/admin\/pratiche/, { timeout: 75_000 });
    await page.context().storageState({ path: STORAGE_STATE[role] });
  });
}
