import { expect, test } from "@playwright/test";
import { splitPage } from "../../scripts/bench/page-bytes.ts";

// What the browser does not need is not sent twice (issue #16): the inline React payload a page
// hydrates from is no larger than the markup it hydrates, and it carries the facet panel's labels
// and counts, not its element tree. Sizes themselves are reported by `npm run bench`.

const pages = ["/pratiche", "/pratiche?regione=lombardia&area=anziani&q=spesa"];

for (const path of pages) {
  test(`${path}: the inline payload is no larger than the markup`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const { payloadBytes, markupBytes } = splitPage(html);
    expect(payloadBytes).toBeGreaterThan(0);
    expect(payloadBytes).toBeLessThanOrEqual(markupBytes);
    // A facet value's markup (its checkbox and label ids) is in the HTML, not again in the payload.
    const payload = [...html.matchAll(/self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join("");
    expect(html).toContain('id="f-regione-');
    expect(payload).not.toContain("f-regione-");
  });
}
