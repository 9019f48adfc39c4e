import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import axe, { type AxeResults, type RunOptions } from "axe-core";

/**
 * axe's WCAG 2.2 AA rules, and its best practices: one main, one banner and one contentinfo
 * landmark, distinct names for the navigation regions, a page-level h1 and no skipped heading
 * level, all content inside a landmark. (Target size, 24 × 24 px, is a WCAG 2.2 AA rule.)
 */
export const ACCESSIBILITY_TAGS = [
  "wcag2a",
  "wcag2aa",
  "wcag21a",
  "wcag21aa",
  "wcag22a",
  "wcag22aa",
  "best-practice",
];
/** The axe rules whose outcome depends on colours. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * What axe finds on the page as it is now, each violation with the elements it names.
 *
 * The site's pages have no frames, so axe runs in the page itself, put there once per page
 * load: AxeBuilder puts axe's 650 KB into the page again on every run, and again into a blank
 * page it opens to merge the results of frames, which made each run cost about a second more
 * (two thirds of every-page.spec.ts). Same axe-core, same rules. A page with frames still
 * goes through AxeBuilder, which reaches into them.
 */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const options: RunOptions = rules
    ? { runOnly: { type: "rule", values: rules } }
    : { runOnly: { type: "tag", values: ACCESSIBILITY_TAGS } };
  let results: AxeResults;
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    if (rules) builder.withRules(rules);
    else builder.withTags(ACCESSIBILITY_TAGS);
    results = await builder.analyze();
  } else {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
    results = await page.evaluate(
      (runOptions) => (window as unknown as { axe: typeof axe }).axe.run(document, runOptions),
      options,
    );
  }
  return results.violations.map(
    (violation) =>
      `${label}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}
