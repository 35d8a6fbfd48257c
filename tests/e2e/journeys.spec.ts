import { expect, test, type Page } from "./support/test";

// Issue #15: results first on a phone, facets people can use, and knowing where one is.

const SITE = "Servizi sociali al tempo del Coronavirus";
const PHONE = { width: 390, height: 844 };
const count = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));
const resultCount = (page: Page) => page.getByTestId("result-count");

/** The count a facet value's label promises, e.g. "Puglia (12)" → 12. */
async function facetCount(page: Page, name: string, value: string) {
  const text = (await page.locator(`label[for="f-${name}-${value}"]`).textContent()) ?? "";
  return Number(/\((\d+)\)\s*$/.exec(text)?.[1]);
}

/** Top of the first result card, from the top of the page, as laid out at load. */
async function firstCardTop(page: Page) {
  return page
    .getByTestId("practice-card")
    .first()
    .evaluate((card) => card.getBoundingClientRect().top + window.scrollY);
}

test.describe("on a phone the first result is on the first screen", () => {
  test.use({ viewport: PHONE });

  test("after a search from the header, on the listing and on a region page", async ({ page }) => {
    await page.goto("/");
    // The header's search waits behind a button.
    await expect(page.locator("#header-q")).toBeHidden();
    await page.getByTestId("header-search-toggle").click();
    await page.locator("#header-q").fill("spesa a domicilio");
    await page.locator("#header-q").press("Enter");
    await expect(page).toHaveURL(/\/pratiche\?q=spesa/);
    await expect(resultCount(page)).toHaveText(/\d+ pratiche trovate/);
    const afterSearch = await firstCardTop(page);
    expect(afterSearch, `first card at ${afterSearch}px`).toBeLessThan(PHONE.height);
    await expect(page.getByTestId("practice-card").first().getByRole("heading")).toBeInViewport();

    for (const path of ["/pratiche?q=spesa&regione=puglia&area=anziani", "/pratiche", "/regioni/puglia"]) {
      await page.goto(path);
      const top = await firstCardTop(page);
      expect(top, `${path}: first card at ${top}px`).toBeLessThan(PHONE.height);
    }
  });

  test("the notice about illustrative sheets stays, in one line", async ({ page }) => {
    for (const path of ["/pratiche", "/regioni/puglia"]) {
      await page.goto(path);
      const note = page.getByRole("note").filter({ hasText: "illustrativ" });
      await expect(note).toBeVisible();
      const box = (await note.boundingBox())!;
      expect(box.height, `${path}: notice ${box.height}px tall`).toBeLessThan(40);
      await expect(page.getByTestId("practice-card").first()).toContainText("Scheda illustrativa");
    }
  });

  test("the filters open as a panel with a sticky button that says how many sheets it shows", async ({ page }) => {
    await page.goto("/pratiche?q=spesa");
    const toggle = page.locator(".facets-panel > summary");
    await expect(toggle).toHaveText("Filtri");
    // The toggle and the order share one row.
    const [toggleBox, sortBox] = [await toggle.boundingBox(), await page.locator("#ordina").boundingBox()];
    expect(Math.abs(toggleBox!.y + toggleBox!.height / 2 - (sortBox!.y + sortBox!.height / 2))).toBeLessThan(12);
    await toggle.click();
    const apply = page.getByTestId("apply-filters");
    const total = count(await resultCount(page).textContent());
    await expect(apply).toHaveText(`Mostra ${total} pratiche`);
    // Scrolled to the end of the long panel, the button is still on screen.
    await page.locator("#gruppo-sostenibilita > summary").scrollIntoViewIfNeeded();
    await expect(apply).toBeInViewport();

    const puglia = await facetCount(page, "regione", "puglia");
    await page.getByLabel(/^Puglia/).check();
    await expect(apply).toHaveText(`Mostra ${puglia === 1 ? "1 pratica" : `${puglia} pratiche`}`);
    await expect(page.getByRole("status").filter({ hasText: "Con questi filtri" })).toHaveText(
      new RegExp(`Con questi filtri: ${puglia} pratic`),
    );
    await apply.click();
    await expect(page).toHaveURL(/regione=puglia/);
    await expect(page).toHaveURL(/q=spesa/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${puglia} pratic`));
    await expect(page.locator("details.facets-panel")).not.toHaveAttribute("open");
    await expect(page.locator("#risultati")).toBeFocused();
    await expect(toggle).toHaveText("Filtri (1)");
  });
});

test.describe("the phone header without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("menu and search open behind their buttons", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("navigation", { name: "Navigazione principale" });
    await expect(menu.getByRole("link", { name: "Statistiche" })).toBeHidden();
    await page.getByTestId("header-menu-toggle").click();
    await expect(menu.getByRole("link", { name: "Statistiche" })).toBeVisible();
    await page.getByTestId("header-search-toggle").click();
    await page.locator("#header-q").fill("tablet");
    await page.locator("#header-q").press("Enter");
    await expect(page).toHaveURL(/\/pratiche\?q=tablet/);
    expect(await firstCardTop(page)).toBeLessThan(PHONE.height);
  });
});

for (const width of [390, 1280]) {
  test.describe(`facets at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("without JavaScript: groups, hidden empty values, applied by the button", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto("/pratiche?regione=valle-d-aosta");
      if (width < 1024) await page.locator(".facets-panel > summary").click();
      // Region and area open, the rest closed.
      for (const [key, open] of [
        ["regione", true],
        ["area", true],
        ["tipo", false],
        ["tecnologia", false],
        ["sostenibilita", false],
      ] as const) {
        const group = page.getByTestId(`facet-group-${key}`);
        if (open) await expect(group).toHaveAttribute("open", "");
        else await expect(group).not.toHaveAttribute("open");
      }
      // A value that would give nothing waits behind "Mostra tutte".
      const area = page.getByTestId("facet-group-area");
      const more = area.locator("details > summary", { hasText: "Mostra tutte" });
      await expect(more).toBeVisible();
      const hidden = area.locator("details li input").first();
      await expect(hidden).toBeHidden();
      await more.click();
      await expect(hidden).toBeVisible();
      // No text box to narrow a group without JavaScript.
      await expect(page.locator("#gruppo-regione-cerca")).toHaveCount(0);

      // Ticking changes nothing until the button is pressed.
      const lazio = await facetCount(page, "regione", "lazio");
      await page.getByLabel(/^Lazio/).check();
      await expect(page).toHaveURL(/\?regione=valle-d-aosta$/);
      await page.getByRole("button", { name: "Mostra le pratiche" }).click();
      await expect(page).toHaveURL(/regione=lazio/);
      expect(count(await resultCount(page).textContent())).toBe(
        lazio + (await facetCount(page, "regione", "valle-d-aosta")),
      );
      await context.close();
    });

    test("with JavaScript: a tick waits for the button, which announces the count; a long group narrows", async ({
      page,
    }) => {
      await page.goto("/pratiche");
      if (width < 1024) await page.locator(".facets-panel > summary").click();
      const url = page.url();
      const anziani = await facetCount(page, "area", "anziani");
      await page.getByLabel(/^Anziani/).check();
      const apply = page.getByTestId("apply-filters");
      await expect(apply).toHaveText(`Mostra ${anziani} pratiche`);
      expect(page.url()).toBe(url);

      // The region group has a text box that hides the regions not matching.
      await page.locator("#gruppo-regione-cerca").fill("pug");
      await expect(page.getByLabel(/^Puglia/)).toBeVisible();
      await expect(page.getByLabel(/^Lazio/)).toBeHidden();
      await page.locator("#gruppo-regione-cerca").fill("");
      await expect(page.getByLabel(/^Lazio/)).toBeVisible();

      await apply.click();
      await expect(page).toHaveURL(/area=anziani/);
      await expect(resultCount(page)).toHaveText(new RegExp(`^${anziani} pratiche`));
      await expect(page.locator("#risultati")).toBeFocused();
    });
  });
}

test.describe("orientation", () => {
  test("titles say what is listed, the page and the site", async ({ page }) => {
    await page.goto("/pratiche?q=spesa+a+domicilio&regione=puglia");
    const total = count(await resultCount(page).textContent());
    await expect(page).toHaveTitle(
      `"spesa a domicilio", Puglia — ${total === 1 ? "1 pratica" : `${total} pratiche`} — ${SITE}`,
    );
    await page.goto("/pratiche?pagina=2");
    await expect(page).toHaveTitle(`Le pratiche — 240 pratiche, pagina 2 di 10 — ${SITE}`);
    await page.goto("/pagina-che-non-esiste");
    await expect(page).toHaveTitle(`Pagina non trovata — ${SITE}`);
    // One name for the listing: the menu, the heading and the title agree.
    await page.goto("/pratiche");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le pratiche");
    await expect(
      page.getByRole("navigation", { name: "Navigazione principale" }).getByRole("link", { name: "Le pratiche" }),
    ).toBeAttached();
  });

  test("the pages line, and focus on the results after a page change", async ({ page }) => {
    await page.goto("/pratiche?area=anziani");
    const total = count(await resultCount(page).textContent());
    const pages = Math.ceil(total / 24);
    expect(pages).toBeGreaterThan(1);
    await expect(page.getByTestId("pages-line")).toHaveText(`Pagina 1 di ${pages} · risultati 1–24 di ${total}`);
    await page.getByRole("navigation", { name: "Paginazione" }).getByRole("link", { name: "Successiva" }).click();
    await expect(page).toHaveURL(/pagina=2/);
    await expect(page.getByTestId("pages-line")).toHaveText(
      `Pagina 2 di ${pages} · risultati 25–${Math.min(48, total)} di ${total}`,
    );
    await expect(page.locator("#risultati")).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^Anziani.* — ${total} pratiche, pagina 2 di ${pages} — `));
  });

  test("an empty result names the single filter to drop, as a link", async ({ page }) => {
    // A small region and an area none of its sheets has (behind "Mostra tutte").
    await page.goto("/pratiche?regione=valle-d-aosta");
    const regionTotal = count(await resultCount(page).textContent());
    const emptyArea = await page.getByTestId("facet-group-area").locator("details input").first().getAttribute("value");
    const areaLabel = (await page.locator(`label[for="f-area-${emptyArea}"]`).textContent())!
      .replace(/\(\d+\)\s*$/, "")
      .trim();
    await page.goto(`/pratiche?regione=valle-d-aosta&area=${emptyArea}`);
    await expect(resultCount(page)).toHaveText("0 pratiche trovate");
    const drop = page.getByRole("link", {
      name: `Togliendo «Area di utenza: ${areaLabel}» trovi ${regionTotal === 1 ? "1 pratica" : `${regionTotal} pratiche`}`,
    });
    await expect(drop).toBeVisible();
    await drop.click();
    await expect(page).toHaveURL(/\/pratiche\?regione=valle-d-aosta$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${regionTotal} pratic`));
  });

  test("cards say when the service started and whether it goes on; sheets sort by start", async ({ page, request }) => {
    await page.goto("/pratiche?ordina=avvio");
    await expect(page.locator("#ordina")).toHaveValue("avvio");
    await expect(page.getByTestId("practice-card-period").first()).toHaveText(
      /^(Avviato nel \d{4}|Avvio non indicato) · (prosegue dopo l'emergenza|prosegue in parte|terminato con l'emergenza|prosecuzione non decisa)$/,
    );
    const body = await (await request.get("/api/v1/pratiche?ordina=avvio")).json();
    const dates = (body.pratiche as { data_avvio: string | null }[]).map((p) => p.data_avvio);
    const known = dates.filter((date): date is string => date !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(known).toEqual([...known].sort().reverse());
    expect(dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null)).toBe(true);
  });

  test("snippets start and end on whole words and mark what they leave out", async ({ page }) => {
    await page.goto("/pratiche?q=spesa");
    const snippets = await page
      .getByTestId("practice-card")
      .locator("p:has(mark)")
      .evaluateAll((nodes) => nodes.map((node) => node.textContent!.trim()));
    expect(snippets.length).toBeGreaterThan(3);
    for (const snippet of snippets) {
      expect(snippet, snippet).toMatch(/^(… \S|[A-ZÀ-Ý])/u);
      expect(snippet, snippet).toMatch(/(\p{L} …|[.!?])$/u);
    }
  });

  test("from the search box the keyboard skips the filters to the results", async ({ page }) => {
    await page.goto("/pratiche?q=spesa");
    await page.locator("#q").focus();
    await page.keyboard.press("Tab"); // Cerca
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Vai ai risultati" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    // The next Tab starts from the results heading: "Strumenti", then the first result.
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("listing-tools").locator("summary")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("practice-card").first().getByRole("link").first()).toBeFocused();
  });
});
