import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { languageOfPath, siteSettings } from "../support/built-site";

/**
 * What axe cannot judge alone: what a keyboard reaches and shows, and motion.
 * axe itself (landmarks, headings, names, contrast, target size) runs on every
 * page in every-page.spec.ts.
 */

/** One page of each kind in each language, for the keyboard walks. */
const samples = siteSettings.languages.flatMap(({ code }) => {
  const prefix = code === siteSettings.defaultLanguage ? "" : `/${code}`;
  return [`${prefix}/`, `${prefix}/statements/keep-mobilizing-after-the-ceasefire/`, `${prefix}/faq/`];
});

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

  // Once, in the light scheme: dark mode changes only the ring's colour (--color-focus), which
  // this reads nothing of; running it in both schemes took 18 tests to check one thing twice.
  test(`${pagePath}: every stop of the keyboard shows a visible focus ring`, async ({ page }) => {
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
