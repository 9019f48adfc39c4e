import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

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

/** What axe finds on the page as it is now, each violation with the elements it names. */
export async function axeViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (rules) axe.withRules(rules);
  else axe.withTags(ACCESSIBILITY_TAGS);
  const results = await axe.analyze();
  return results.violations.map(
    (violation) =>
      `${label}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
}
