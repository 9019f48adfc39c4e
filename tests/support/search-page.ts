import { expect, type Page } from "@playwright/test";

/** Types words into the search box and sends them, as a reader does with the Enter key. */
export async function searchFor(page: Page, words: string) {
  const box = page.getByRole("searchbox");
  await box.fill(words);
  await box.press("Enter");
}

/** The links of the results listed. */
export const resultLinks = (page: Page) => page.locator("#search-results").getByRole("link");

/**
 * Waits for the search under way to finish: from the moment the words or a choice change, the
 * status line says `searching` ("Searching…") until the results are listed.
 */
export async function searchDone(page: Page, searching: string) {
  const status = page.getByRole("status");
  await expect(status).not.toHaveText(searching);
  await expect(status).not.toHaveText("");
}
