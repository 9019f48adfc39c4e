import { expect, test, type Page } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { languageOfPath, readerPages, siteSettings } from "../support/built-site";

/**
 * What axe cannot judge alone: the page's structure as a screen reader user
 * moves through it, and what a keyboard or a thumb can reach. axe itself runs
 * on every page in every-page.spec.ts.
 */
const pages = readerPages();

/** One page of each kind in each language, for the keyboard walks. */
const samples = siteSettings.languages.flatMap(({ code }) => {
  const prefix = code === siteSettings.defaultLanguage ? "" : `/${code}`;
  return [`${prefix}/`, `${prefix}/statements/keep-mobilizing-after-the-ceasefire/`, `${prefix}/faq/`];
});

/** Headings in document order, as levels. */
const headingLevels = (page: Page) =>
  page
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) =>
      headings
        .filter((h) => (h as HTMLElement).offsetParent !== null || h.closest("details"))
        .map((h) => Number(h.tagName[1])),
    );

for (const pagePath of pages) {
  test(`${pagePath}: landmarks, heading order and touch targets`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pagePath);

    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    const navigationNames = await page
      .getByRole("navigation")
      .evaluateAll((navs) =>
        navs.map((nav) => nav.getAttribute("aria-label") ?? nav.getAttribute("aria-labelledby")),
      );
    expect(navigationNames.every(Boolean), "every navigation region has a name").toBe(true);
    expect(new Set(navigationNames).size, "navigation names are distinct").toBe(navigationNames.length);

    // One h1, then no level skipped on the way down (h2 → h4 would leave a gap).
    const levels = await headingLevels(page);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((level, index) =>
      index > 0 && level > (levels[index - 1] ?? 1) + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
    );
    expect(skips).toEqual([]);

    // WCAG 2.2 target size: 24 × 24 CSS px, except links inside running text.
    const small = await page
      .locator("a[href], button, input, select, textarea, summary")
      .evaluateAll((elements) =>
        elements.flatMap((element) => {
          const box = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          if (box.width === 0 || style.visibility === "hidden" || element.closest("[hidden], .sr-only"))
            return [];
          const inSentence =
            element.tagName === "A" && element.closest("p, li, dd, blockquote") && style.display === "inline";
          if (inSentence) return [];
          return box.width < 24 || box.height < 24
            ? [
                `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
              ]
            : [];
        }),
      );
    expect(small).toEqual([]);
  });
}

for (const pagePath of samples) {
  test(`${pagePath}: the skip link is first, visible when focused, and lands in the main content`, async ({
    page,
  }) => {
    await page.goto(pagePath);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t(languageOfPath(pagePath).code, "site.skipToContent") });
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main, footer") !== null)).toBe(true);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`${pagePath}: every stop of the keyboard shows a visible focus ring (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(pagePath);
      const unmarked: string[] = [];
      for (let stop = 0; stop < 25; stop++) {
        await page.keyboard.press("Tab");
        const ring = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const width = Number.parseFloat(style.outlineWidth);
          return {
            name: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"`,
            visible: (style.outlineStyle !== "none" && width >= 2) || style.boxShadow !== "none",
          };
        });
        if (!ring) break;
        if (!ring.visible) unmarked.push(ring.name);
      }
      expect(unmarked).toEqual([]);
    });
  }
}

test("with reduced motion asked for, nothing animates or scrolls smoothly", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const pagePath of samples.slice(0, 3)) {
    await page.goto(pagePath);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll("*")].flatMap((element) => {
        const style = getComputedStyle(element);
        const longest = (value: string) =>
          Math.max(...value.split(",").map((part) => Number.parseFloat(part) || 0));
        const seconds = (value: string) =>
          value.trim().endsWith("ms") ? longest(value) / 1000 : longest(value);
        return seconds(style.transitionDuration) > 0.01 ||
          seconds(style.animationDuration) > 0.01 ||
          style.scrollBehavior === "smooth"
          ? [element.tagName.toLowerCase()]
          : [];
      }),
    );
    expect(moving, pagePath).toEqual([]);
  }
});
