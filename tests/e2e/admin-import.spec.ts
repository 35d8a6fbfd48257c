import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// An editor imports the fixtures through the admin area. The fixtures are drafts: the public
// pages, which other tests count in parallel, never see them.

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/import");

test.use({ storageState: STORAGE_STATE.editor });

test("a good file: preview of what will be created, nothing written until confirmed, then imported once", async ({
  page,
}) => {
  // Two uploads and a commit: past the default 30 s on a loaded machine (it timed out at load 25).
  test.slow();
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "valid-windows-1252.csv"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();

  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importazione di «valid-windows-1252.csv»");
  await expect(page.getByText("codifica WINDOWS-1252, separatore «;»")).toBeVisible();
  await expect(page.getByTestId("import-counts")).toContainText("3 schede nuove");
  const rows = page.getByTestId("import-rows");
  await expect(rows).toContainText("Spesa e farmaci a domicilio per gli anziani di Forlì");
  const previewUrl = page.url();

  // Nothing is in the catalogue before confirming.
  await page.goto("/admin/pratiche?q=IMP-TEST");
  await expect(page.getByTestId("admin-count")).toHaveText("0 schede");

  await page.goto(previewUrl);
  await page.getByRole("button", { name: "Conferma importazione" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importazione completata" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Conferma importazione" })).toHaveCount(0);

  await page.goto("/admin/pratiche?q=IMP-TEST");
  await expect(page.getByTestId("admin-count")).toHaveText("3 schede");

  // The same sheets again, as a workbook: nothing to do.
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "valid.xlsx"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page.getByTestId("import-counts")).toContainText("3 schede invariate", { timeout: 30_000 });
  await expect(page.getByText("Il file coincide con il catalogo: non c'è nulla da importare.")).toBeVisible();
});

test("a bad file: every problem by row and column, and nothing written", async ({ page }) => {
  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "invalid-rows.csv"));
  await page.getByRole("button", { name: "Carica e controlla" }).click();

  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Il file contiene 10 problemi: nessuna scheda è stata scritta.",
  );
  const problems = page.getByTestId("import-problems").getByRole("row");
  await expect(problems).toHaveCount(11);
  await expect(problems.nth(1)).toHaveText(/^3\s*titolo \(B\)\s*Titolo: campo obbligatorio\.$/);
  await expect(problems.filter({ hasText: "Astronauti" })).toHaveText(/^4\s*aree_utenza \(L\)/);
  await expect(problems.filter({ hasText: "compare anche alla riga 6" })).toHaveText(/^5\s*codice \(A\)/);
  await expect(page.getByTestId("import-problems")).not.toContainText("SOMMA");
  await expect(page.getByRole("button", { name: "Conferma importazione" })).toHaveCount(0);

  await page.goto("/admin/pratiche?q=IMP-ERR");
  await expect(page.getByTestId("admin-count")).toHaveText("0 schede");
});

/** Both with and without JavaScript: the ticks and the refusal are a plain form post. */
async function flaggedRowNeedsItsTick(page: Page, code: string) {
  // Two uploads and two commits: more than the default 30 s on a loaded machine.
  test.slow();
  const header =
    "codice;titolo;sintesi;descrizione;data_avvio;tipo_servizio;aree_utenza;ente_nome;ente_tipo;regione;stato";
  const sheet = (title: string, startDate: string) => ({
    name: "righe.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `${header}\n${code};${title};Consegna della spesa agli anziani soli del paese.;Volontari e operatori consegnano spesa e farmaci a domicilio tre volte a settimana.;${startDate};nuovo;anziani;Comune di Bari;comune;Puglia;bozza\n`,
    ),
  });
  const upload = async (file: ReturnType<typeof sheet>, clearBlanks: boolean) => {
    await page.goto("/admin/import");
    await page.getByLabel("File delle schede").setInputFiles(file);
    await page.getByLabel("Le celle vuote cancellano il valore del campo").setChecked(clearBlanks);
    await page.getByRole("button", { name: "Carica e controlla" }).click();
    // The check runs before the redirect: generous on a loaded machine.
    await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 60_000 });
  };
  const confirm = page.getByRole("button", { name: "Conferma importazione" });

  await upload(sheet("Spesa a domicilio a Bari", "16/03/2020"), false);
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "Importazione completata" })).toBeVisible();

  // A new title, and the start date emptied with "le celle vuote cancellano" ticked.
  await upload(sheet("Spesa e farmaci a domicilio a Bari", ""), true);
  await expect(page.getByTestId("import-counts")).toContainText("1 scheda aggiornata");
  const previewUrl = page.url();
  const flagged = page.getByTestId("import-flagged");
  await expect(flagged.getByTestId("import-flags")).toContainText("Valori cancellati: Data di avvio.");
  const changes = flagged.getByTestId("import-changes").getByRole("listitem");
  await expect(changes.filter({ hasText: "Titolo:" })).toHaveText(
    /Titolo:\s*Spesa a domicilio a Bari\s*→\s*diventa\s*Spesa e farmaci a domicilio a Bari/,
  );
  await expect(changes.filter({ hasText: "Data di avvio:" })).toHaveText(/2020-03-16\s*→\s*diventa\s*—/);

  // Not ticked: refused, nothing written.
  await confirm.click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`la riga segnalata 2 (${code}) va confermata`);
  await page.goto(`/admin/pratiche?q=${code}`);
  await expect(page.getByRole("main")).toContainText("Spesa a domicilio a Bari");

  await page.goto(previewUrl);
  await page.getByLabel(`Ho controllato: importa le modifiche della riga 2 (${code})`).check();
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "Importazione completata" })).toBeVisible();
  await page.goto(`/admin/pratiche?q=${code}`);
  await expect(page.getByRole("main")).toContainText("Spesa e farmaci a domicilio a Bari");
}

test("with JavaScript too, a flagged row is written only once ticked", async ({ page }) => {
  await flaggedRowNeedsItsTick(page, "E2E-RIGHE-02");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an update shows each change before → after, and a flagged row is written only once ticked", async ({
    page,
  }) => {
    await flaggedRowNeedsItsTick(page, "E2E-RIGHE-01");
  });

  test("the plain form uploads and shows the problems of a wrong header", async ({ page }) => {
    await page.goto("/admin/import");
    await page.getByLabel("File delle schede").setInputFiles(path.join(FIXTURES, "bad-header.csv"));
    await page.getByRole("button", { name: "Carica e controlla" }).click();
    await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
    await expect(page.getByTestId("import-problems")).toContainText("Colonna sconosciuta «code»");
    await expect(page.getByTestId("import-problems")).toContainText("Manca la colonna obbligatoria «titolo»");
  });
});

test("a province the import does not apply is said on the row, with where to correct it", async ({ page }) => {
  // Two uploads and a commit: past the default 30 s on a loaded machine.
  test.slow();
  const sheet = (province: string) => ({
    name: "provincia.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "codice;titolo;sintesi;descrizione;tipo_servizio;aree_utenza;ente_nome;ente_tipo;regione;provincia;stato\n" +
        `E2E-PROV-01;Spesa a domicilio in prova;Consegna della spesa agli anziani soli del paese.;Volontari e operatori consegnano spesa e farmaci a domicilio tre volte a settimana.;nuovo;anziani;Comune di Prova Provincia;comune;Puglia;${province};bozza\n`,
    ),
  });
  const upload = async (file: ReturnType<typeof sheet>) => {
    await page.goto("/admin/import");
    await page.getByLabel("File delle schede").setInputFiles(file);
    await page.getByRole("button", { name: "Carica e controlla" }).click();
    await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 60_000 });
  };

  await upload(sheet("Bari"));
  await page.getByRole("button", { name: "Conferma importazione" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importazione completata" })).toBeVisible();

  await upload(sheet("Lecce"));
  await expect(page.getByTestId("import-counts")).toContainText("1 scheda invariata");
  await expect(page.getByTestId("import-rows").getByTestId("import-notes")).toContainText(
    "Provincia non applicata: il file indica «Lecce», ma la provincia appartiene all'ente «Comune di Prova Provincia» (ora «Bari»)",
  );
  const note = page.getByTestId("import-entity-note");
  await expect(note).toContainText(
    "Una riga indica per un ente già presente una provincia o un codice ISTAT diversi dai suoi",
  );
  await expect(note.getByRole("link", { name: "Enti" })).toHaveAttribute("href", "/admin/enti");
});

test("an empty file, and a workbook named .csv, are told for what they are", async ({ page }) => {
  test.slow();
  await page.goto("/admin/import");
  await page
    .getByLabel("File delle schede")
    .setInputFiles({ name: "vuoto.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("import-problems")).toContainText("Il file è vuoto");

  await page.goto("/admin/import");
  await page.getByLabel("File delle schede").setInputFiles({
    name: "schede.csv",
    mimeType: "text/csv",
    buffer: readFileSync(path.join(FIXTURES, "valid.xlsx")),
  });
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page).toHaveURL(/\/admin\/import\/\d+$/, { timeout: 30_000 });
  await expect(page.getByText("primo foglio della cartella di lavoro (il file è un .xlsx, non un .csv)")).toBeVisible();
  await expect(page.getByTestId("import-problems")).toHaveCount(0);
});

test("the templates download for editors only", async ({ page, browser }) => {
  const csv = await page.request.get("/admin/import/modello.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain("modello-schede.csv");
  expect((await csv.text()).startsWith("\uFEFFcodice;titolo;sintesi;")).toBe(true);

  const xlsx = await page.request.get("/admin/import/modello.xlsx");
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const template = await anonymous.request.get("/admin/import/modello.csv", { maxRedirects: 0 });
  expect(template.status()).toBe(307);
  expect(template.headers().location).toContain("/admin/login");
  expect(
    (
      await anonymous.request.post("/api/admin/import", {
        multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("codice") } },
      })
    ).status(),
  ).toBe(401);
  await anonymous.close();
});

test("a file over the size limit is refused before it is sent", async ({ page }) => {
  await page.goto("/admin/import");
  await expect(page.getByText("al massimo 10 MB e 20.000 schede per file")).toBeVisible();
  await page
    .getByLabel("File delle schede")
    .setInputFiles({ name: "grande.csv", mimeType: "text/csv", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a") });
  await page.getByRole("button", { name: "Carica e controlla" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Il file supera il limite di 10 MB: dividilo in più file e importali uno alla volta.",
  );
  await expect(page).toHaveURL(/\/admin\/import$/);
});
