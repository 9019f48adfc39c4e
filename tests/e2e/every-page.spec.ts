import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { axeViolations, COLOUR_RULES } from "../support/axe";
import { builtPages, isLeafletSheet, languageOfPath, onePageOfEachKind } from "../support/built-site";

const pages = builtPages();
/** One page of each kind in each language: they have every layout, component and style there is. */
const samples = new Set(onePageOfEachKind(pages));

for (const pagePath of pages) {
  const sample = samples.has(pagePath);
  test(`${pagePath}: loads cleanly from this site only, fits a phone, and passes axe${sample ? " at 360 and 1280 px, light and dark" : ""}`, async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // The Content Security Policy must not have to block anything the site itself ships.
    await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`);
      });
    });
    await page.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "127.0.0.1") return route.continue();
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort();
    });
    await page.setViewportSize({ width: 360, height: 900 });
    const response = await page.goto(pagePath, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page is wider than a 360 px phone").toBeLessThanOrEqual(0);

    // Every page at a phone's width in light mode. Pages of one kind differ only in their text, so
    // the colour rules in dark mode and the whole set at 1280 px run on one page of each kind.
    const violations = await axeViolations(page, "360 px light");
    if (sample) {
      await page.emulateMedia({ colorScheme: "dark" });
      violations.push(...(await axeViolations(page, "360 px dark", COLOUR_RULES)));
      await page.setViewportSize({ width: 1280, height: 900 });
      violations.push(...(await axeViolations(page, "1280 px dark", COLOUR_RULES)));
      await page.emulateMedia({ colorScheme: "light" });
      violations.push(...(await axeViolations(page, "1280 px light")));
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

// Every page's HTML, which is what a browser without JavaScript gets, has its h1, main content
// and main navigation (tests/site/pages.test.ts); here, that the styles show them without it.
for (const pagePath of samples) {
  test(`${pagePath}: reads and navigates with JavaScript turned off`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pagePath);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("main")).toBeVisible();
    if (!isLeafletSheet(pagePath)) {
      const mainNavigation = t(languageOfPath(pagePath).code, "site.mainNavigation");
      const links = page.getByRole("navigation", { name: mainNavigation }).getByRole("link");
      await expect(links).toHaveCount(4);
      for (const link of await links.all()) await expect(link).toBeVisible();
    }
    await context.close();
  });
}
