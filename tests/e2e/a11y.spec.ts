import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { STORAGE_STATE } from "./support/accounts";

// Axe with the rules it runs by default — WCAG 2.x A and AA (what Legge 4/2004, the AgID
// guidelines and EN 301 549 require) plus its best practices — on every page type, at a phone's
// and a desktop's width. Nothing here saves data: other tests run in parallel and count exact rows.

// Among the defaults, the structure a screen reader user navigates by: landmarks, one h1,
// headings in order, and scrollable boxes reachable by keyboard. Checked to have run.
const STRUCTURE = [
  "heading-order",
  "page-has-heading-one",
  "landmark-one-main",
  "landmark-unique",
  "landmark-no-duplicate-banner",
  "landmark-no-duplicate-contentinfo",
  "region",
  "scrollable-region-focusable",
];

const WIDTHS = [390, 1280] as const;

// Axe on the long pages (statistics, edit form) takes seconds on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

async function expectNoViolations(page: Page) {
  const { violations, passes, incomplete, inapplicable } = await new AxeBuilder({ page }).analyze();
  const ran = new Set([...violations, ...passes, ...incomplete, ...inapplicable].map((result) => result.id));
  expect(
    STRUCTURE.filter((rule) => !ran.has(rule)),
    "structure rules not run",
  ).toEqual([]);
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, summary.join("\n")).toEqual([]);
}

async function expectOneH1(page: Page) {
  await expect(page.locator("h1:visible")).toHaveCount(1);
}

async function firstHref(page: Page, path: string, selector: string) {
  await page.goto(path);
  return (await page.locator(selector).first().getAttribute("href"))!;
}

const PUBLIC_PAGES = [
  "/",
  "/pratiche",
  "/pratiche?regione=puglia&area=anziani&q=spesa",
  "/pratiche?q=zzzzqqqq",
  "/pratiche?regione=valle-d-aosta&area=dipendenze&rete=scuole",
  "/pratiche?area=anziani&pagina=2",
  "/regioni",
  "/enti",
  "/mappa",
  "/statistiche",
  "/confronta",
  "/comuni-simili",
  "/open-data",
  "/open-data/api",
  "/privacy",
  "/note-legali",
  "/accessibilita",
  "/pagina-che-non-esiste",
  "/admin/login",
  "/admin/password-dimenticata",
  "/admin/invito/link-non-valido",
];

for (const width of WIDTHS) {
  test.describe(`public pages at ${width} px have no axe violations`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const path of PUBLIC_PAGES) {
      test(path, async ({ page }) => {
        await page.goto(path);
        if (!path.startsWith("/pagina-che")) expect(new URL(page.url()).pathname).toBe(path.split("?")[0]);
        await expectOneH1(page);
        await expectNoViolations(page);
      });
    }

    test("practice detail", async ({ page }) => {
      await page.goto(await firstHref(page, "/pratiche", '[data-testid="practice-card"] h3 a'));
      await expectOneH1(page);
      await expectNoViolations(page);
    });

    test("region and entity pages", async ({ page }) => {
      await page.goto("/regioni/puglia");
      await expectOneH1(page);
      await expectNoViolations(page);
      await page.goto(await firstHref(page, "/enti", 'main a[href^="/enti/"]'));
      await expectOneH1(page);
      await expectNoViolations(page);
    });

    test("comparison of two practices", async ({ page }) => {
      await page.goto("/pratiche?ordina=titolo");
      const slugs = await page
        .locator('[data-testid="practice-card"] h3 a')
        .evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute("href")!.split("/").pop()!));
      await page.goto(`/confronta?${slugs.map((s) => `p=${s}`).join("&")}`);
      await expectNoViolations(page);
    });
  });

  test.describe(`admin pages at ${width} px have no axe violations`, () => {
    test.use({ storageState: STORAGE_STATE.admin, viewport: { width, height: 844 } });

    // "/admin" itself only redirects to "/admin/pratiche" (client-side, once hydrated): not a page to audit.
    for (const path of [
      "/admin/pratiche",
      "/admin/pratiche/nuova",
      "/admin/import",
      "/admin/utenti",
      "/admin/utenti/nuovo",
      "/admin/vocabolari",
      "/admin/enti",
      "/admin/registro",
    ]) {
      test(path, async ({ page }) => {
        await page.goto(path);
        expect(new URL(page.url()).pathname).toBe(path);
        await expectOneH1(page);
        await expectNoViolations(page);
      });
    }

    test("an entity", async ({ page }) => {
      await page.goto(await firstHref(page, "/admin/enti", 'main a[href^="/admin/enti/"]'));
      await expectOneH1(page);
      await expectNoViolations(page);
    });

    test("a vocabulary, a user", async ({ page }) => {
      await page.goto(await firstHref(page, "/admin/vocabolari", 'main a[href^="/admin/vocabolari/"]'));
      await expectOneH1(page);
      await expectNoViolations(page);
      await page.goto(await firstHref(page, "/admin/utenti", 'main a[href^="/admin/utenti/"]:not([href$="/nuovo"])'));
      await expectOneH1(page);
      await expectNoViolations(page);
    });

    test("edit form, its errors, preview and history", async ({ page }) => {
      const edit = await firstHref(page, "/admin/pratiche", "main tbody a");
      await page.goto(edit);
      await expectOneH1(page);
      await expectNoViolations(page);

      // An invalid title is refused: nothing is saved, the errors are shown and tied to the field.
      await page.getByLabel("Titolo").fill("abc");
      await page.getByRole("button", { name: "Salva" }).click();
      await expect(page.getByLabel("Titolo")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Titolo")).toHaveAccessibleDescription(/almeno 5 caratteri/);
      await expectNoViolations(page);

      await page.goto(`${edit}/anteprima`);
      await expectNoViolations(page);
      await page.goto(`${edit}/storico`);
      await expectOneH1(page);
      await expectNoViolations(page);
    });
  });
}

test.describe("reflow: usable at 320 px (and so at 200% text on a 640 px window)", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("no page scrolls sideways; the facets are a closed panel above the results", async ({ page }) => {
    const detail = await firstHref(page, "/pratiche", '[data-testid="practice-card"] h3 a');
    for (const path of ["/", "/pratiche?regione=puglia", detail, "/mappa", "/statistiche", "/accessibilita"]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto("/pratiche?regione=puglia");
    const panel = page.locator("details.facets-panel");
    await expect(panel.locator("summary").first()).toHaveText("Filtri (1)");
    await expect(panel.getByLabel(/^Puglia/)).toBeHidden();
    await panel.locator("summary").first().click();
    await expect(panel.getByLabel(/^Puglia/)).toBeVisible();
  });
});

test("the facets are open on a desktop, without a summary to click", async ({ page }) => {
  await page.goto("/pratiche");
  await expect(page.locator("details.facets-panel > summary")).toBeHidden();
  await expect(page.getByLabel(/^Puglia/)).toBeVisible();
});

test("a practice prints as a clean sheet: no header, menus or footer; the notice stays", async ({ page }) => {
  await page.goto(await firstHref(page, "/pratiche", '[data-testid="practice-card"] h3 a'));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("body > header, body > footer")).toHaveCount(2);
  for (const hidden of ["body > header", "body > footer", 'nav[aria-label="Percorso"]'])
    await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByRole("note").filter({ hasText: "Scheda illustrativa" })).toBeVisible();
});

test("the accessibility page shows visitors no configuration names", async ({ page }) => {
  await page.goto("/accessibilita");
  await expect(page.locator("main")).toContainText("Segnala un problema di accessibilità");
  expect(await page.locator("main").innerText()).not.toMatch(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/);
});
