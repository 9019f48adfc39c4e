import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { FIRST_SEARCH_LIMIT } from "../../scripts/bench/budgets";
import { sizesOf } from "../../scripts/bench/compressed-size";
import { t } from "../../src/i18n/ui";
import { SEARCH_INDEX_FOLDER } from "../../src/lib/search-records";
import { axeAtWidths, watchPage } from "../support/page-checks";
import { resultLinks, searchDone, searchFor } from "../support/search-page";

/**
 * Search as a reader uses it, in the built site (issue 16). What the index holds is checked in
 * tests/site/search-index.test.ts; the search page's load, policy and axe without results, with
 * every other page, in tests/e2e/every-page.spec.ts.
 */

/** The index's files a page downloaded, by the size a compressing server sends them at. */
function indexDownloads(page: Page): { files: string[]; bytes: () => number } {
  const files: string[] = [];
  page.on("requestfinished", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes(`/${SEARCH_INDEX_FOLDER}/`)) files.push(pathname);
  });
  return {
    files,
    bytes: () => files.reduce((sum, file) => sum + sizesOf(readFileSync(path.join("dist", file))).gzip, 0),
  };
}

test("Arabic search finds pages however the words are spelt, and the first search stays light", async ({
  page,
}) => {
  // Five searches, then axe four times: on a busy machine that outlasts one test's time.
  test.slow();
  const problems = await watchPage(page);
  const downloads = indexDownloads(page);
  await page.goto("/ar/search/");
  expect(downloads.files, "nothing of the index loads before the reader reaches for search").toEqual([]);

  // Each query is spelt differently from the page it must find.
  const spellings: [string, string, string][] = [
    ["short vowels", "الإِفْرَاجُ عَنِ الأَسْرَى", "/ar/demands/free-the-prisoners/"],
    ["no hamza on alef", "تسليح اسرائيل", "/ar/demands/stop-arming-israel/"],
    ["ta marbuta as ha", "المحكمه الجنائيه", "/ar/faq/what-are-the-icc-charges/"],
    ["hamza on ya for hamza on waw", "المسئولية", "/ar/faq/what-are-the-icc-charges/"],
    ["tatweel", "التعبـــئة", "/ar/statements/keep-mobilizing-after-the-ceasefire/"],
  ];
  for (const [spelling, words, found] of spellings) {
    await searchFor(page, words);
    await expect(page.getByRole("status"), spelling).toContainText(`«${words}»`);
    await expect(resultLinks(page).and(page.locator(`[href="${found}"]`)), spelling).toHaveCount(1);
    if (spelling === "short vowels") {
      // Everything the first search downloaded: Pagefind's runtime, the Arabic index and results.
      expect(downloads.bytes(), downloads.files.join(", ")).toBeLessThanOrEqual(FIRST_SEARCH_LIMIT);
    }
  }
  await expect(page).toHaveURL(/\?q=/);

  // The results, right to left, in light and dark, at a phone's width and a desktop's.
  expect(await axeAtWidths(page, true)).toEqual([]);
  expect(problems).toEqual([]);
});

test("search lists ten results at a time, narrows by kind and topic, keeps the search in the address, and says when nothing is found", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.goto("/search/");
  // Ten at a time; "More results" lists the next ten and takes the keyboard to the first of them.
  await searchFor(page, "the");
  await searchDone(page, t("en", "search.searching"));
  await expect(resultLinks(page)).toHaveCount(10);
  await page.getByRole("button", { name: t("en", "search.more") }).click();
  await expect(resultLinks(page).nth(10)).toBeFocused();
  expect(await resultLinks(page).count()).toBeGreaterThan(10);

  await searchFor(page, "ceasefire");
  const status = page.getByRole("status");
  await expect(status).toContainText(t("en", "search.results", { query: "ceasefire", count: "" }).trim());
  await searchDone(page, t("en", "search.searching"));
  const all = await resultLinks(page).count();
  expect(all).toBeGreaterThan(3);

  await page.getByLabel(t("en", "search.kind")).selectOption("demand");
  await expect(resultLinks(page)).toHaveCount(1);
  await expect(resultLinks(page)).toHaveAttribute("href", "/demands/no-return-to-war/");
  await expect(page.getByText(t("en", "search.result.demand"), { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\?q=ceasefire&kind=demand$/);

  // A shared address opens on the same results; the back button returns to the earlier search.
  await page.getByLabel(t("en", "search.kind")).selectOption("");
  await page.getByLabel(t("en", "search.topic")).selectOption("bds");
  await expect(page).toHaveURL(/\?q=ceasefire&topic=bds$/);
  await searchDone(page, t("en", "search.searching"));
  const withTopic = await resultLinks(page).count();
  expect(withTopic).toBeGreaterThan(0);
  expect(withTopic).toBeLessThan(all);
  await page.reload();
  await expect(resultLinks(page)).toHaveCount(withTopic);
  await expect(page.getByLabel(t("en", "search.topic"))).toHaveValue("bds");

  await searchFor(page, "zzzqqq");
  await expect(status).toHaveText(t("en", "search.none", { query: "zzzqqq" }));
  await expect(resultLinks(page)).toHaveCount(0);
  await page.goBack();
  await expect(resultLinks(page)).toHaveCount(withTopic);

  // Keyboard: from the box, Tab reaches the kind filter; a result opens with Enter.
  await page.getByRole("searchbox").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(t("en", "search.kind"))).toBeFocused();
  const first = resultLinks(page).first();
  const target = await first.getAttribute("href");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  expect(problems).toEqual([]);
});

test("search says when its index cannot be reached", async ({ page }) => {
  await page.route(`**/${SEARCH_INDEX_FOLDER}/**`, (route) => route.abort());
  await page.goto("/es/search/?q=alto");
  await expect(page.getByRole("status")).toHaveText(t("es", "search.failed"));
});

test("with JavaScript off, the search page says so and leads to topics and the archive", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/search/");
  // getByText skips <noscript>, whose text only shows when scripts are off: found by its tag instead.
  await expect(page.locator("noscript p")).toHaveText(t("en", "search.noScript"));
  await expect(page.locator("noscript p")).toBeVisible();
  await expect(page.getByRole("searchbox")).toBeHidden();
  const otherWays = page.getByRole("navigation", { name: t("en", "search.browse") });
  await expect(otherWays.getByRole("link", { name: t("en", "topics.title") })).toHaveAttribute(
    "href",
    "/topics/",
  );
  await expect(otherWays.getByRole("link", { name: t("en", "archive.link") })).toHaveAttribute(
    "href",
    "/archive/",
  );
  await context.close();
});
