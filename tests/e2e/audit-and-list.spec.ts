import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";
import { ACCOUNTS, STORAGE_STATE } from "./support/accounts";

// The admin list (sort, filter, search, confirmed bulk export), the audit log (/admin/registro)
// with the undo of a vocabulary merge, the redirect of old links to a merged value, and presence
// on the edit page. Nothing here changes the published catalogue other tests count.

test.use({ storageState: STORAGE_STATE.admin });

const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

async function addValue(page: Page, vocabulary: string, label: string) {
  await page.goto(`/admin/vocabolari/${vocabulary}`);
  await page.getByRole("textbox", { name: "Etichetta" }).fill(label);
  await page.getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(page.getByRole("status")).toContainText(`Voce «${label}» aggiunta`);
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

async function deleteValue(page: Page, vocabulary: string, label: string) {
  await page.goto(`/admin/vocabolari/${vocabulary}`);
  await page.getByRole("link", { name: label, exact: true }).click();
  await page.getByRole("button", { name: "Elimina voce" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/vocabolari/${vocabulary}\\?eliminata=`));
}

test("the admin list sorts, filters, searches and exports a confirmed selection, recorded in the log", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/admin/pratiche");
  await page.getByRole("link", { name: "Codice" }).click();
  await expect(page).toHaveURL(/ordina=codice/);
  await expect(page.getByRole("columnheader", { name: /Codice/ })).toHaveAttribute("aria-sort", "ascending");
  const codes = async () => page.getByTestId("admin-row").locator("td.font-mono").allTextContents();
  const ascending = await codes();
  expect(ascending).toEqual([...ascending].sort());
  await page.getByRole("link", { name: /Codice/ }).click();
  await expect(page).toHaveURL(/verso=desc/);
  await expect(page.getByRole("columnheader", { name: /Codice/ })).toHaveAttribute("aria-sort", "descending");
  expect(await codes()).not.toEqual(ascending);

  // Search as on the public site: no accents, any order.
  await page.getByRole("searchbox", { name: "Cerca", exact: true }).fill("domicilio anziani");
  await page.getByRole("button", { name: "Filtra" }).click();
  await expect(page).toHaveURL(/q=domicilio\+anziani/);
  await expect(page).toHaveURL(/ordina=codice/);
  const rows = page.getByTestId("admin-row");
  expect(await rows.count()).toBeGreaterThan(1);
  const found = await page.getByTestId("admin-count").textContent();
  await page.getByRole("searchbox", { name: "Cerca", exact: true }).fill("ANZIANI   domicìlio");
  await page.getByRole("button", { name: "Filtra" }).click();
  await expect(page).toHaveURL(/q=ANZIANI/);
  await expect(page.getByTestId("admin-count")).toHaveText(found!);

  await page.getByRole("searchbox", { name: "Cerca", exact: true }).fill("");
  await page.getByRole("combobox", { name: "Regione", exact: true }).selectOption({ label: "Puglia" });
  await page.getByRole("button", { name: "Filtra" }).click();
  await expect(page).toHaveURL(/regione=puglia/);
  expect(await rows.count()).toBeGreaterThan(1);
  for (const region of await rows.locator("td:nth-child(5)").allTextContents()) expect(region).toBe("Puglia");

  const chosen = (await codes()).slice(0, 2);
  for (const code of chosen) await page.getByRole("checkbox", { name: `Seleziona ${code}` }).check();
  await page.getByRole("button", { name: "Esporta in CSV…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Esporta in CSV: 2 schede");
  await expect(page.getByTestId("bulk-selection")).toContainText(chosen[0]!);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Scarica il CSV (2 schede)" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  for (const code of chosen) expect(csv).toContain(code);

  await page.goto("/admin/registro?azione=practice.export");
  await expect(page.getByTestId("audit-event").first()).toContainText("2 schede esportate in CSV");
  await expect(page.getByTestId("audit-event").first()).toContainText(ACCOUNTS.admin.name);
});

test("bulk publishing needs the confirmation tick", async ({ page }) => {
  await page.goto("/admin/pratiche?stato=pubblicata&ordina=codice");
  const code = (await page.getByTestId("admin-row").first().locator("td.font-mono").textContent())!;
  await page.getByRole("checkbox", { name: `Seleziona ${code}` }).check();
  await page.getByRole("button", { name: "Pubblica…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pubblica: 1 scheda");
  await expect(page.getByRole("checkbox", { name: /Confermo/ })).toHaveAttribute("required", "");
  await page.getByRole("checkbox", { name: /Confermo/ }).check();
  await page.getByRole("button", { name: "Pubblica 1 scheda" }).click();
  // Already published: nothing to change, and back to the list it came from.
  await expect(page).toHaveURL(/\/admin\/pratiche\?stato=pubblicata&ordina=codice&esito=pubblicate&schede=0/);
  await expect(page.getByText("0 schede pubblicate.")).toBeVisible();
});

test("old links to a merged value lead to the surviving one; the merge is undone from the log", async ({ page }) => {
  test.setTimeout(90_000);
  const id = unique();
  const [from, into] = [`Canale registro da unire ${id}`, `Canale registro che resta ${id}`];
  const fromSlug = await addValue(page, "canale", from);
  const intoSlug = await addValue(page, "canale", into);

  await page.goto(`/admin/vocabolari/canale/${fromSlug}`);
  await page.getByRole("combobox", { name: "Unisci a" }).selectOption({ label: into });
  await page.getByRole("checkbox", { name: /Confermo/ }).check();
  await page.getByRole("button", { name: "Unisci le voci" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(into);

  // Each server process rereads the aliases every few seconds.
  await expect(async () => {
    await page.goto(`/pratiche?canale=${fromSlug}`);
    expect(new URL(page.url()).searchParams.getAll("canale")).toEqual([intoSlug]);
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole("group", { name: "Filtri attivi" })).toContainText(into);

  await page.goto("/admin/registro?azione=term.merge");
  const event = page.getByTestId("audit-event").filter({ hasText: from });
  await expect(event).toContainText("Voci unite");
  await event.getByRole("button", { name: "Annulla questa modifica" }).click();
  // Re-rendered: the event is marked as undone and offers no second undo.
  await expect(event).toContainText("Annullata il");
  await expect(event.getByRole("button", { name: "Annulla questa modifica" })).toHaveCount(0);

  await page.goto("/admin/vocabolari/canale");
  await expect(page.getByRole("link", { name: from, exact: true })).toBeVisible();
  await expect(async () => {
    await page.goto(`/pratiche?canale=${fromSlug}`);
    expect(new URL(page.url()).searchParams.getAll("canale")).toEqual([fromSlug]);
  }).toPass({ timeout: 20_000 });

  await deleteValue(page, "canale", from);
  await deleteValue(page, "canale", into);
});

test("the edit page says who else has the sheet open", async ({ page, browser }) => {
  await page.goto("/admin/pratiche?ordina=codice&verso=desc");
  await page.getByTestId("admin-row").nth(5).locator("td:nth-child(3) a").click();
  await expect(page).toHaveURL(/\/admin\/pratiche\/\d+$/);
  const sheetUrl = page.url();

  const other = await browser.newContext({ storageState: STORAGE_STATE.editor2 });
  try {
    const colleague = await other.newPage();
    await colleague.goto(sheetUrl);
    await expect(colleague.getByTestId("presence")).toHaveText(`Sta modificando anche: ${ACCOUNTS.admin.name}.`);
    // Soft: the form is there and usable.
    await expect(colleague.getByRole("button", { name: /Salva/ }).first()).toBeEnabled();
  } finally {
    await other.close();
  }
  await page.reload();
  await expect(page.getByTestId("presence")).toHaveText(`Sta modificando anche: ${ACCOUNTS.editor2.name}.`);
});
