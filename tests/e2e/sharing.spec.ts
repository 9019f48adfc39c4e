import { readFileSync, statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { readerPages as builtPages, languageOfPath, siteSettings } from "../support/built-site";

const siteUrl = (parse(readFileSync("content/settings.yaml", "utf8")) as { url: string }).url.replace(
  /\/$/,
  "",
);
const pages = builtPages();

/** Width, height and size of a PNG in dist/, read from its header. */
function pngFacts(pathname: string) {
  const file = `dist${decodeURIComponent(pathname)}`;
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1"), `${file} is a PNG`).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: statSync(file).size };
}

test("every page has its own title, and a description", async ({ page }) => {
  const titles = new Map<string, string>();
  for (const pagePath of pages) {
    await page.goto(pagePath);
    const title = await page.title();
    expect(titles.get(title), `${pagePath} has the same title as ${titles.get(title)}`).toBeUndefined();
    titles.set(title, pagePath);
    expect((await page.locator('meta[name="description"]').getAttribute("content"))?.length).toBeGreaterThan(
      10,
    );
  }
});

for (const pagePath of pages) {
  test(`${pagePath} previews well when its link is shared`, async ({ page }) => {
    await page.goto(pagePath);
    const meta = async (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
    // The 404 page answers every missing address, so it claims none: it previews as the home page.
    const notFound = pagePath === "/404.html";
    const canonical = notFound
      ? `${siteUrl}/`
      : await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical?.startsWith(`${siteUrl}/`), "canonical address is absolute").toBe(true);
    if (!notFound) expect(new URL(canonical ?? "").pathname).toBe(pagePath);

    for (const key of [
      "og:type",
      "og:site_name",
      "og:title",
      "og:description",
      "og:locale",
      "og:image:alt",
    ]) {
      expect(await meta(key), key).toBeTruthy();
    }
    expect(await meta("og:url")).toBe(canonical);
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("twitter:title")).toBe(await meta("og:title"));
    expect(await meta("twitter:description")).toBe(await meta("og:description"));

    const image = (await meta("og:image")) ?? "";
    expect(image.startsWith(`${siteUrl}/`), "og:image is absolute").toBe(true);
    expect(await meta("twitter:image")).toBe(image);
    const { width, height, size } = pngFacts(new URL(image).pathname);
    expect([width, height]).toEqual([1200, 630]);
    expect(size).toBeLessThan(300 * 1024);

    const language = languageOfPath(pagePath);
    const locale = siteSettings.languages.find(({ code }) => code === language.code) as { locale?: string };
    expect(await meta("og:locale")).toBe(locale.locale ?? language.code);
  });
}

test("a statement is an article with its dates and parseable NewsArticle data", async ({ page }) => {
  await page.goto("/statements/");
  await page.locator("main article h2 a").first().click();
  expect(await page.locator('meta[property="og:type"]').getAttribute("content")).toBe("article");
  expect(await page.locator('meta[property="article:published_time"]').getAttribute("content")).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(data["@type"]).toBe("NewsArticle");
  expect(data.headline).toBe(await page.locator("h1").innerText());
  expect(data.publisher["@type"]).toBe("Organization");
  expect(data.image[0]).toBe(await page.locator('meta[property="og:image"]').getAttribute("content"));
});

test("the home page describes the organization in JSON-LD", async ({ page }) => {
  await page.goto("/");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(data["@type"]).toBe("Organization");
  expect(data.url).toBe(`${siteUrl}/`);
});

test("share links carry the page's own address and title, encoded, on an Arabic statement", async ({
  page,
}) => {
  await page.goto("/ar/statements/");
  await page.locator("main article h2 a").first().click();
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "";
  const title = await page.locator("h1").innerText();
  const share = page.locator("[data-share-root]");
  const hrefs = await share
    .locator("a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs).toHaveLength(6);
  for (const href of hrefs) expect(decodeURIComponent(href)).toContain(canonical);
  const email = hrefs.find((href) => href.startsWith("mailto:")) ?? "";
  expect(decodeURIComponent(email.split("subject=")[1]?.split("&")[0] ?? "")).toBe(title);
  await expect(share.locator("input")).toHaveValue(canonical);
});

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

test("each language has a feed listing every statement written in it", async ({ request }) => {
  for (const { code } of siteSettings.languages) {
    const prefix = code === siteSettings.defaultLanguage ? "" : `/${code}`;
    const feed = await (await request.get(`${prefix}/rss.xml`)).text();
    expect(feed).toMatch(/^<\?xml/);
    const statements = pages.filter((page) => new RegExp(`^${prefix}/statements/[^/]+/$`).test(page));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(feed).toContain(`<link>${siteUrl}${statement}</link>`);
    expect(feed).toContain(`<language>${code}</language>`);
  }
});

test("the sitemap lists every page with its translations, and robots.txt names it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1] ?? "";
  expect(sitemapUrl).toBe(`${siteUrl}/sitemap-index.xml`);
  const index = await (await request.get(new URL(sitemapUrl).pathname)).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
  const sitemap = (
    await Promise.all(parts.map(async (part) => (await request.get(new URL(part).pathname)).text()))
  ).join("");
  for (const page of pages.filter((page) => page !== "/404.html")) {
    expect(sitemap, page).toContain(`<loc>${siteUrl}${page}</loc>`);
  }
  expect(sitemap).toContain(`hreflang="ar" href="${siteUrl}/ar/statements/`);
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
