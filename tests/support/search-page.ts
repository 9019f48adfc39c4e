import type { Page } from "@playwright/test";

/** Types words into the search box and sends them, as a reader does with the Enter key. */
export async function searchFor(page: Page, words: string) {
  const box = page.getByRole("searchbox");
  await box.fill(words);
  await box.press("Enter");
}

/** The links of the results listed. */
export const resultLinks = (page: Page) => page.locator("#search-results").getByRole("link");
