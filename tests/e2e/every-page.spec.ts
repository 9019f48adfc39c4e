import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import {
  builtPages,
  isLeafletSheet,
  languageOfPath,
  onePageOfEachKind,
  siteSettings,
} from "../support/built-site";
import { SECTIONS } from "../../src/site/sections";
import { axeAtWidths, watchPage } from "../support/page-checks";

const built = builtPages();
/** One page of each kind in each language: they have every layout, component and style there is. */
const samples = new Set(onePageOfEachKind(built));
/**
 * Every reader page, and one leaflet sheet of each kind in each language. The sheets share one
 * layout and differ only in their text, which tests/e2e/leaflet-sheets.spec.ts and the PDF tests
 * fit to paper sheet by sheet; checking each here too cost CI half a minute for nothing new.
 */
const pages = built.filter((pagePath) => !isLeafletSheet(pagePath) || samples.has(pagePath));

for (const pagePath of pages) {
  const sample = samples.has(pagePath);
  test(`${pagePath}: loads cleanly from this site only, fits a phone, and passes axe${sample ? " at 360 and 1280 px, light and dark" : ""}`, async ({
    page,
  }) => {
    // One page of each kind runs axe four times; on a busy machine that outlasts one test's time.
    if (sample) test.slow();
    const problems = await watchPage(page);
    await page.setViewportSize({ width: 360, height: 900 });
    const response = await page.goto(pagePath, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page is wider than a 360 px phone").toBeLessThanOrEqual(0);

    // Every page at a phone's width in light mode. Pages of one kind differ only in their text, so
    // the colour rules in dark mode and the whole set at 1280 px run on one page of each kind.
    const violations = await axeAtWidths(page, sample);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

// Every page's HTML, which is what a browser without JavaScript gets, has its h1, main content
// and main navigation (tests/site/pages.test.ts); here, that the styles show them without it, on
// one page of each kind in the default language and in each right-to-left one: another
// left-to-right language has the same styles and shows nothing new.
const withoutScript = [...samples].filter((pagePath) => {
  const { code, dir } = languageOfPath(pagePath);
  return code === siteSettings.defaultLanguage || dir === "rtl";
});
for (const pagePath of withoutScript) {
  test(`${pagePath}: reads and navigates with JavaScript turned off`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pagePath);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("main")).toBeVisible();
    if (!isLeafletSheet(pagePath)) {
      const mainNavigation = t(languageOfPath(pagePath).code, "site.mainNavigation");
      const links = page.getByRole("navigation", { name: mainNavigation }).getByRole("link");
      await expect(links).toHaveCount(SECTIONS.filter((section) => section.inHeader).length);
      for (const link of await links.all()) await expect(link).toBeVisible();
    }
    await context.close();
  });
}
