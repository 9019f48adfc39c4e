import { expect, test } from "@playwright/test";

// How every page previews when shared, its structured data, share links, feeds and sitemap are
// read from the built HTML in tests/site/pages.test.ts; here, what takes a browser to see.

test("with JavaScript, the copy button copies the address and says so", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  await page.goto("/actions/write-to-elected-officials/");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator('link[rel="canonical"]').getAttribute("href"),
  );
  await context.close();
});

test("each FAQ answer has a page of its own to share, which leads back to it in the list", async ({
  page,
}) => {
  await page.goto("/ar/faq/");
  const answer = page.locator("main article").nth(1);
  const question = await answer.locator("h3").innerText();
  const anchor = await answer.getAttribute("id");
  // The link's text is the same under every answer; its description names the question.
  const link = answer.getByRole("link", { name: "شاركوا هذه الإجابة" });
  await expect(link).toHaveAccessibleDescription(question);
  await link.click();

  await expect(page).toHaveURL(new RegExp(`/ar/faq/${anchor}/$`));
  await expect(page.locator("h1")).toHaveText(question);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain(question);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  const hrefs = await page
    .locator("[data-share-root] a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs).toHaveLength(6);
  for (const href of hrefs) expect(decodeURIComponent(href)).toContain(canonical);

  await page.getByRole("link", { name: "كل الأسئلة والأجوبة" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/faq/#${anchor}$`));
  await expect(page.locator(`#${anchor} h3`)).toBeInViewport();
});
