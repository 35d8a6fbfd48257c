import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// Only values created here are changed, and they are deleted at the end: the seeded vocabulary
// is counted by other tests running in parallel.

test.use({ storageState: STORAGE_STATE.admin });

const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

async function addValue(page: Page, vocabulary: string, label: string) {
  await page.goto(`/admin/vocabolari/${vocabulary}`);
  await page.getByRole("textbox", { name: "Etichetta" }).fill(label);
  await page.getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(page.getByRole("status")).toContainText(`Voce «${label}» aggiunta`);
  await expect(page.getByRole("textbox", { name: "Etichetta" })).toHaveValue("");
}

async function deleteValue(page: Page, vocabulary: string, label: string) {
  await page.goto(`/admin/vocabolari/${vocabulary}`);
  await page.getByRole("link", { name: label, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  await page.getByRole("button", { name: "Elimina voce" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/vocabolari/${vocabulary}\\?eliminata=`));
  await expect(page.getByRole("link", { name: label, exact: true })).toHaveCount(0);
}

test("adds a value, refuses a duplicate, renames it keeping its address", async ({ page }) => {
  const label = `Rete di prova ${unique()}`;
  await addValue(page, "rete", label);
  const row = page.getByRole("row", { name: label });
  await expect(row).toContainText("0 schede");

  await page.getByRole("textbox", { name: "Etichetta" }).fill(label.toUpperCase());
  await page.getByRole("button", { name: "Aggiungi voce" }).click();
  await expect(page.locator("#label-error")).toContainText(`Esiste già la voce «${label}»`);
  await expect(page.getByRole("textbox", { name: "Etichetta" })).toHaveAttribute("aria-invalid", "true");

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(label);
  await expect(page).toHaveURL(/\/admin\/vocabolari\/rete\/rete-di-prova-/);
  const address = page.url();
  const renamed = `${label} rinominata`;
  await page.getByRole("textbox", { name: "Etichetta" }).fill(renamed);
  await page.getByRole("button", { name: "Salva" }).click();
  await expect(page.getByRole("status")).toContainText(`Etichetta cambiata in «${renamed}»`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
  expect(page.url()).toBe(address);

  await deleteValue(page, "rete", renamed);
});

test("merges two values it created", async ({ page }) => {
  const id = unique();
  const [from, into] = [`Canale da unire ${id}`, `Canale che resta ${id}`];
  await addValue(page, "canale", from);
  await addValue(page, "canale", into);

  await page.getByRole("link", { name: from, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(from);
  await page.getByRole("combobox", { name: "Unisci a" }).selectOption({ label: into });
  await page.getByRole("button", { name: "Unisci le voci" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Conferma l'unione: questa voce verrà eliminata.");

  await page.getByRole("checkbox", { name: /Confermo/ }).check();
  await page.getByRole("button", { name: "Unisci le voci" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(into);
  await expect(page.getByRole("status")).toContainText(`«${from}» è stata unita a questa voce`);

  await page.goto("/admin/vocabolari/canale");
  await expect(page.getByRole("link", { name: from, exact: true })).toHaveCount(0);
  await deleteValue(page, "canale", into);
});

test("refuses deleting a value that sheets use", async ({ page }) => {
  await page.goto("/admin/vocabolari/area");
  await page.getByRole("row").filter({ hasNotText: "0 schede" }).nth(1).getByRole("link").click();
  await expect(page.getByText(/Non si può eliminare una voce usata da/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Elimina voce" })).toHaveCount(0);
});
