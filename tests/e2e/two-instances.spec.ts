import { expect, test } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";
import { cardHref } from "./support/cards";
import { startInstance } from "./support/extra-instance";

// Two production instances on two ports against one database, as behind a load balancer: an edit
// saved through the first is served by the second once the NOTIFY reaches it. Sheets of Basilicata
// are edited here only.
const BOUND_MS = 2_000;

let second: Awaited<ReturnType<typeof startInstance>> | undefined;
let secondUrl = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = await startInstance();
  secondUrl = second.url;
});

test.afterAll(async () => {
  await second?.stop();
});

test.use({ storageState: STORAGE_STATE.editor });

test("an edit through one instance is served by the other within the bound", async ({ page }, testInfo) => {
  await page.goto("/pratiche?regione=basilicata&ordina=titolo");
  const href = await cardHref(page);
  const title = async (base: string) => {
    const html = await (await fetch(`${base}${href}`)).text();
    const text = html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1];
    return text
      ?.replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  };
  // The second instance has the page cached before the edit.
  const original = (await title(secondUrl))!;
  expect(await title(secondUrl)).toBe(original);

  await page.goto(href);
  const code = (await page.getByTestId("practice-code").textContent())!.trim();
  const edit = async (newTitle: string) => {
    await page.goto(`/admin/pratiche?q=${encodeURIComponent(code)}`);
    await page.locator("tbody a").first().click();
    await page.waitForURL(/\/admin\/pratiche\/\d+$/);
    await page.getByLabel("Titolo").fill(newTitle);
    await page.getByRole("button", { name: "Pubblica modifiche" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifiche pubblicate" })).toBeVisible();
  };
  const waitOnSecond = async (expected: string) => {
    const started = Date.now();
    await expect.poll(() => title(secondUrl), { timeout: BOUND_MS, intervals: [20] }).toBe(expected);
    return Date.now() - started;
  };

  const updated = `${original} (istanza 1)`;
  await edit(updated);
  const elapsed = await waitOnSecond(updated);
  // The listing's cached data on the second instance follows too.
  const listing = await (await fetch(`${secondUrl}/pratiche?regione=basilicata&ordina=titolo`)).text();
  expect(listing).toContain("(istanza 1)");

  await edit(original);
  const restored = await waitOnSecond(original);
  testInfo.annotations.push({
    type: "propagation",
    description: `${elapsed} ms and ${restored} ms after the save returned`,
  });
  console.log(`Propagazione all'altra istanza: ${elapsed} ms, ${restored} ms dopo il salvataggio`);
});
