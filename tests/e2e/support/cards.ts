import type { Page } from "@playwright/test";

/** The address of the sheet a listing's card links to by its title (the first card by default). */
export async function cardHref(page: Page, index = 0) {
  return (await page
    .getByTestId("practice-card")
    .nth(index)
    .getByRole("heading")
    .getByRole("link")
    .getAttribute("href"))!;
}
