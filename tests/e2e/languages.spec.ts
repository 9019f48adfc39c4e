import { expect, test } from "@playwright/test";
import { readerPages as builtPages, languageOfPath, siteSettings } from "../support/built-site";

const pages = builtPages().filter((page) => page !== "/404.html");
const homeOf = (code: string) => (code === siteSettings.defaultLanguage ? "/" : `/${code}/`);

test("every language has its home, lists and about page", () => {
  for (const { code } of siteSettings.languages) {
    for (const section of ["", "statements/", "actions/", "demands/", "faq/", "about/"]) {
      expect(pages).toContain(`${homeOf(code)}${section}`);
    }
  }
});

for (const pagePath of pages) {
  const language = languageOfPath(pagePath);

  test(`${pagePath} is marked ${language.code} ${language.dir}, links its translations, and switches language`, async ({
    page,
    request,
  }) => {
    await page.goto(pagePath);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", language.code);
    await expect(html).toHaveAttribute("dir", language.dir);

    // hreflang: the page itself, every translation that exists, and x-default; each one is a real page.
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
      );
    const byLanguage = new Map(alternates as [string, string][]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(byLanguage.get(language.code), "hreflang for the page itself").toBe(canonical);
    expect(byLanguage.has("x-default")).toBe(true);
    for (const [, href] of byLanguage) {
      const response = await request.get(new URL(href).pathname);
      expect(response.status(), `hreflang target ${href}`).toBe(200);
    }

    // The picker offers every other language, in its own name and script.
    const picker = page.getByRole("banner").getByRole("navigation").first();
    for (const other of siteSettings.languages.filter(({ code }) => code !== language.code)) {
      const link = picker.getByRole("link", { name: other.label, exact: true });
      await expect(link).toHaveAttribute("lang", other.code);
      const translation = byLanguage.get(other.code);
      const expected = translation ? new URL(translation).pathname : homeOf(other.code);
      await expect(link).toHaveAttribute("href", expected);
    }
  });
}

test("switching language from a statement lands on the same statement in that language", async ({ page }) => {
  const arabic = siteSettings.languages.find(({ dir }) => dir === "rtl");
  test.skip(!arabic, "no right-to-left language configured");
  await page.goto("/statements/");
  await page.locator("main article h2 a").first().click();
  const englishPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: arabic!.label, exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(new URL(page.url()).pathname).toBe(`/${arabic!.code}${englishPath}`);
});
