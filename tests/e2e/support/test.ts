import { test as base, expect } from "@playwright/test";

export * from "@playwright/test";

// Every page a test opens fails the test when its JavaScript throws something nothing catches, or
// when React reports that hydration failed (the server's markup was thrown away): both pass
// unnoticed by assertions on what is visible, since the server's HTML is still on screen.
const HYDRATION = /hydrat|did not match|Minified React error #(418|419|421|422|423|425)/i;

export const test = base.extend({
  page: async ({ page }, providePage) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" && HYDRATION.test(message.text())) errors.push(`${page.url()}: ${message.text()}`);
    });
    await providePage(page);
    expect(errors, "errors in the page's JavaScript").toEqual([]);
  },
});
