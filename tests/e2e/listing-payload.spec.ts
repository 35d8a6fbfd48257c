import { expect, test, type APIRequestContext } from "./support/test";
import { inlinePayload, splitPage } from "../../scripts/bench/page-bytes.ts";

// What the browser does not need is not sent twice (issue #16): the inline React payload a page
// hydrates from is no larger than the markup it hydrates, and it carries the facet panel's labels
// and counts, and a sheet's words, not their element trees. Sizes themselves are reported by
// `npm run bench`.

const pages = ["/pratiche", "/pratiche?regione=lombardia&area=anziani&q=spesa"];

/** The page's HTML and its inline payload, once the payload is checked no larger than the markup. */
async function checkedPage(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const { payloadBytes, markupBytes } = splitPage(html);
  expect(payloadBytes).toBeGreaterThan(0);
  expect(payloadBytes).toBeLessThanOrEqual(markupBytes);
  return { html, payload: inlinePayload(html) };
}

for (const path of pages) {
  test(`${path}: the inline payload is no larger than the markup`, async ({ request }) => {
    const { html, payload } = await checkedPage(request, path);
    // A facet value's markup (its checkbox and label ids) is in the HTML, not again in the payload.
    expect(html).toContain('id="f-regione-');
    expect(payload).not.toContain("f-regione-");
  });
}

test("a sheet page: the inline payload is no larger than the markup, and carries words, not the sheet's markup", async ({
  page,
  request,
}) => {
  await page.goto("/pratiche?ordina=titolo");
  const href = (await page.locator('[data-testid="practice-card"] h3 a').first().getAttribute("href"))!;
  const { html, payload } = await checkedPage(request, href);
  // "La scheda" and the share section are in the HTML, their markup not again in the payload.
  for (const marker of ["practice-code", "link-scheda"]) {
    expect(html).toContain(marker);
    expect(payload).not.toContain(marker);
  }
});
