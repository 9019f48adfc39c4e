import type { Page } from "@playwright/test";
import { axeViolations, COLOUR_RULES } from "./axe.ts";

/**
 * What the browser tests check on every page, whichever site serves it (the sample site in
 * dist/, or the fixture site that uses every component editors have).
 */

/**
 * Listens to a page before it loads and returns the list it fills: console errors and warnings,
 * script errors, anything the Content Security Policy blocks (it must not have to block
 * anything the site itself ships) and any request to another host, which is refused.
 */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  await page.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === "127.0.0.1") return route.continue();
    problems.push(`request to another host: ${route.request().url()}`);
    return route.abort();
  });
  return problems;
}

/**
 * axe on the page at a phone's width (360 px) in light mode; with `everyMode`, also the colour
 * rules in dark mode at 360 and 1280 px and the whole set at 1280 px in light mode.
 */
export async function axeAtWidths(page: Page, everyMode: boolean): Promise<string[]> {
  await page.setViewportSize({ width: 360, height: 900 });
  const violations = await axeViolations(page, "360 px light");
  if (everyMode) {
    await page.emulateMedia({ colorScheme: "dark" });
    violations.push(...(await axeViolations(page, "360 px dark", COLOUR_RULES)));
    await page.setViewportSize({ width: 1280, height: 900 });
    violations.push(...(await axeViolations(page, "1280 px dark", COLOUR_RULES)));
    await page.emulateMedia({ colorScheme: "light" });
    violations.push(...(await axeViolations(page, "1280 px light")));
  }
  return violations;
}
