import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// What the search does with social-services Italian, as a visitor sees it: synonyms, a correction
// that can be undone ("Cerca invece"), a suggestion offered as a link ("Forse cercavi"), and an
// administrator's edit of the synonym list reaching the public listing at once.

async function countOf(page: Page) {
  const text = (await page.getByTestId("result-count").textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

async function search(page: Page, words: string) {
  await page.goto("/pratiche");
  await page.getByLabel("Parole da cercare").fill(words);
  await page.getByRole("button", { name: "Cerca", exact: true }).last().click();
  await expect(page).toHaveURL(/q=/);
}

test("a synonym finds the catalogue's words, with no correction", async ({ page }) => {
  await search(page, "senza tetto");
  expect(await countOf(page)).toBeGreaterThan(0);
  await expect(page.getByTestId("practice-card").first()).toContainText(/senza dimora/i);
  await expect(page.getByTestId("corrected-query")).toHaveCount(0);
  await expect(page.getByText("protetto")).toHaveCount(0);

  await search(page, "dad");
  expect(await countOf(page)).toBeGreaterThan(0);
  await expect(page.getByTestId("practice-card").first()).toContainText(/didattica a distanza/i);
});

test("a correction says so, and «Cerca invece» searches the words as typed", async ({ page }) => {
  await search(page, "anzaini");
  const corrected = page.getByTestId("corrected-query");
  await expect(corrected).toContainText("mostro i risultati per «anziani»");
  expect(await countOf(page)).toBeGreaterThan(0);

  await corrected.getByRole("link", { name: "Cerca invece «anzaini»" }).click();
  await expect(page).toHaveURL(/[?&]q=anzaini(&|$)/);
  await expect(page).toHaveURL(/[?&]esatta=1/);
  await expect(page.getByTestId("result-count")).toHaveText("0 pratiche trovate");
  await expect(page.getByTestId("corrected-query")).toHaveCount(0);

  // A new search from the box is corrected again: esatta belongs to that one link.
  await page.getByLabel("Parole da cercare").fill("anzaini");
  await page.getByRole("button", { name: "Cerca", exact: true }).last().click();
  await expect(page).not.toHaveURL(/esatta=/);
  await expect(page.getByTestId("corrected-query")).toBeVisible();
});

test("«Forse cercavi» offers a variant that finds clearly more, as a link", async ({ page }) => {
  await search(page, "spessa a domicilo anziani");
  const typed = await countOf(page);
  expect(typed).toBeGreaterThan(0);
  const suggestion = page.getByTestId("suggested-query");
  await expect(suggestion).toHaveText("Forse cercavi «spesa a domicilio anziani»?");

  await suggestion.getByRole("link", { name: "«spesa a domicilio anziani»" }).click();
  await expect(page).toHaveURL(/q=spesa\+a\+domicilio\+anziani/);
  expect(await countOf(page)).toBeGreaterThanOrEqual(2 * typed);
  await expect(page.getByTestId("suggested-query")).toHaveCount(0);
});

test.describe("as an administrator", () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test("adds, edits and deletes synonyms; the public search follows each change", async ({ page }) => {
    const phrase = `trattoria ${Date.now().toString(36)}`;
    await page.goto("/pratiche?q=mensa");
    const mensa = await countOf(page);
    expect(mensa).toBeGreaterThan(0);
    await page.goto(`/pratiche?${new URLSearchParams({ q: phrase, esatta: "1" })}`);
    await expect(page.getByTestId("result-count")).toHaveText("0 pratiche trovate");

    await page.goto("/admin/vocabolari");
    await page.getByRole("link", { name: "Sinonimi di ricerca" }).click();
    await page.getByRole("textbox", { name: /Parole o frasi che le persone cercano/ }).fill(phrase.toUpperCase());
    await page.getByRole("textbox", { name: /Si cerca anche/ }).fill("mensa");
    await page.getByRole("button", { name: "Aggiungi sinonimi" }).click();
    await expect(page.getByRole("status")).toContainText(`Aggiunti: ${phrase} → mensa.`);

    await page.goto(`/pratiche?${new URLSearchParams({ q: phrase })}`);
    expect(await countOf(page)).toBe(mensa);

    await page.goto("/admin/vocabolari/sinonimi");
    await page.getByRole("link", { name: phrase, exact: true }).click();
    await page.getByRole("button", { name: "Elimina" }).click();
    await expect(page).toHaveURL(/\/admin\/vocabolari\/sinonimi\?eliminati=/);
    await expect(page.getByRole("link", { name: phrase, exact: true })).toHaveCount(0);

    await page.goto(`/pratiche?${new URLSearchParams({ q: phrase, esatta: "1" })}`);
    await expect(page.getByTestId("result-count")).toHaveText("0 pratiche trovate");

    await page.goto(`/admin/registro`);
    await expect(page.getByText(`Sinonimi: ${phrase}`).first()).toBeVisible();
  });
});
