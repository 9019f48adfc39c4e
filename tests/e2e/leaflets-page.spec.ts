import { expect, test } from "@playwright/test";
import { siteSettings } from "../support/built-site";

test("the leaflets page offers every download, grouped by language, and each one is there", async ({
  page,
  request,
}) => {
  await page.goto("/leaflets/");
  for (const { label } of siteSettings.languages) {
    await expect(page.getByRole("heading", { level: 2, name: label, exact: true })).toBeVisible();
  }
  const hrefs = await page
    .locator('main a[href$=".pdf"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  // Seven files (four sizes, three print-shop copies) for each statement and action in each language.
  expect(hrefs.length % 7).toBe(0);
  expect(hrefs.length).toBeGreaterThanOrEqual(7 * 3 * 2);
  for (const href of hrefs) {
    const response = await request.head(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"]).toContain("pdf");
  }
});
