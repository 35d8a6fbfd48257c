import { expect, test } from "./support/test";
import pg from "pg";
import { STORAGE_STATE } from "./support/accounts";

// The typo dictionary (SearchWord) is rebuilt after a save's response, not inside it. Proved by
// blocking the rebuild: while this test holds a lock that keeps SearchWord from being written, a
// save still completes (it would hang if it waited for the rebuild), and the new word is not in
// the dictionary yet; once the lock is released, the word arrives on its own.
// Sheets of Sardegna are used here: no other browser test looks at them.

test.use({ storageState: STORAGE_STATE.editor });

const dictionaryHas = async (client: pg.Client, word: string) =>
  (await client.query(`SELECT 1 FROM "SearchWord" WHERE "word" = $1`, [word])).rowCount === 1;

test("a save answers while the dictionary rebuild waits, and the new word arrives after it", async ({ page }) => {
  const word = `zanzibarotto${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const reader = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await Promise.all([locker.connect(), reader.connect()]);
  try {
    await page.goto("/pratiche?regione=sardegna&ordina=titolo");
    await page.getByTestId("practice-card").first().getByRole("heading").getByRole("link").click();
    const code = (await page.getByTestId("practice-code").textContent())!.trim();
    await page.goto(`/admin/pratiche?q=${encodeURIComponent(code)}`);
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/admin\/pratiche\/\d+$/);

    // EXCLUSIVE blocks the rebuild's DELETE and INSERT; reads of SearchWord still go through.
    await locker.query(`BEGIN; LOCK TABLE "SearchWord" IN EXCLUSIVE MODE`);
    const innovation = page.getByLabel("Portata innovativa");
    await innovation.fill(`${await innovation.inputValue()} ${word}`);
    // A published sheet's edit reaches the public (and the dictionary) when it is published.
    await page.getByRole("button", { name: "Pubblica modifiche" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifiche pubblicate" })).toBeVisible({ timeout: 30_000 });
    expect(await dictionaryHas(reader, word)).toBe(false);

    await locker.query("COMMIT");
    await expect.poll(() => dictionaryHas(reader, word), { timeout: 30_000 }).toBe(true);
  } finally {
    await locker.query("ROLLBACK").catch(() => {});
    await Promise.all([locker.end(), reader.end()]);
  }
});
