import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { builtPages, isLeafletSheet, languageOfPath } from "./site-pages";

const pages = builtPages();
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

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

    for (const [colorScheme, width] of [
      ["light", 360],
      ["dark", 360],
      ["light", 1280],
      ["dark", 1280],
    ] as const) {
      test(`has no WCAG 2.2 AA violations in ${colorScheme} mode at ${width} px`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(pagePath);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
        );
        expect(summary).toEqual([]);
        await context.close();
      });
    }
  });
}
