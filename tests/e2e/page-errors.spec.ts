import { test } from "./support/test";

// The guard every test's page carries (tests/e2e/support/test.ts) must itself work: a page whose
// script throws fails the test that opened it, even when every assertion of the test passed.
test("a JavaScript error nothing catches fails the test whose page it happened in", async ({ page }) => {
  test.fail(true, "the page throws: the page guard must fail this test");
  await page.goto("/");
  // The error reaches the guard as an event after evaluate returns: wait for it, or on a busy machine
  // the test ends (and the guard checks) before it arrives.
  const reported = page.waitForEvent("pageerror");
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          resolve(null);
          throw new Error("errore di prova, non gestito");
        }),
      ),
  );
  await reported;
});
