import { expect, test } from "@playwright/test";
import { siteSettings } from "../support/built-site";

// Each page's language, its hreflang links and its picker are read from the HTML in
// tests/site/pages.test.ts; here, that the picker takes a reader where it says.

test("switching language from a statement lands on the same statement in that language", async ({ page }) => {
  const arabic = siteSettings.languages.find(({ dir }) => dir === "rtl");
  test.skip(!arabic, "no right-to-left language configured");
  await page.goto("/statements/");
  await page.locator("main article h2 a").first().click();
  const englishPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: arabic!.label, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(new URL(page.url()).pathname).toBe(`/${arabic!.code}${englishPath}`);
});
