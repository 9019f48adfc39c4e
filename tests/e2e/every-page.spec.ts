import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { builtPages, isLeafletSheet, languageOfPath } from "../support/built-site";

const pages = builtPages();
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
/** The axe rules whose outcome depends on colours. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

test("the built site has the pages an organizer expects", () => {
  for (const expected of ["/", "/statements/", "/actions/", "/demands/", "/faq/", "/about/", "/404.html"]) {
    expect(pages).toContain(expected);
  }
  expect(pages.filter((page) => page.startsWith("/statements/")).length).toBeGreaterThan(1);
  expect(pages.filter((page) => page.startsWith("/actions/")).length).toBeGreaterThan(5);
});

for (const pagePath of pages) {
  test.describe(pagePath, () => {
    test("loads cleanly, from this site only, with one h1 and no sideways scroll on a phone", async ({
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
      await page.setViewportSize({ width: 360, height: 740 });
      const response = await page.goto(pagePath, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "page is wider than a 360 px phone").toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
    });

    test("reads and navigates with JavaScript turned off", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pagePath);
      await expect(page.locator("h1")).toBeVisible();
      if (!isLeafletSheet(pagePath)) {
        const mainNavigation = t(languageOfPath(pagePath).code, "site.mainNavigation");
        await expect(page.getByRole("navigation", { name: mainNavigation }).getByRole("link")).toHaveCount(4);
      }
      await expect(page.locator("main")).not.toBeEmpty();
      await context.close();
    });

    test("has no WCAG 2.2 AA violations at 360 and 1280 px, in light and dark mode", async ({ browser }) => {
      // One page, re-laid out and re-coloured between runs: four page loads would cost more than
      // the checks. The dark runs repeat only the rules that depend on colour; structure, names
      // and sizes do not change with the colour scheme.
      const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
      const page = await context.newPage();
      await page.goto(pagePath);
      const violations: string[] = [];
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
          if (colorScheme === "dark") axe.withRules(COLOUR_RULES);
          const results = await axe.analyze();
          violations.push(
            ...results.violations.map(
              (violation) =>
                `${width} px ${colorScheme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
            ),
          );
        }
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  });
}
