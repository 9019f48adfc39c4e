import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/ui";
import { SECTIONS } from "../../src/site/sections";
import {
  builtPages,
  homeOf,
  isLeafletSheet,
  languageOfPath,
  readerPages,
  siteSettings,
  siteUrl,
} from "../support/built-site";
import { StaticPage, textOf } from "../support/html";
import { LinkChecker } from "../support/link-checker";

/**
 * What every built page tells browsers, search engines, feed readers and messengers, read from
 * dist/ as served: the page's language and its translations, how it previews when shared, its
 * structured data, and the feeds and sitemap that list it. This is also the page a browser with
 * JavaScript turned off receives. Runs after npm run build.
 */
const outDir = path.resolve("dist");
const fileOf = (pagePath: string) =>
  pagePath.endsWith("/") ? `${pagePath.slice(1)}index.html` : pagePath.slice(1);
const cache = new Map<string, StaticPage>();
function page(pagePath: string): StaticPage {
  let found = cache.get(pagePath);
  if (!found) {
    found = StaticPage.read(outDir, fileOf(pagePath));
    cache.set(pagePath, found);
  }
  return found;
}
const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
const pathOf = (address: string) => new URL(address).pathname;
const checker = new LinkChecker(outDir, new URL(`${siteUrl}/`));

const pages = builtPages();
const reader = readerPages();
const destinations = reader.filter((pagePath) => pagePath !== "/404.html");
const sheets = pages.filter(isLeafletSheet);

describe("the built site", () => {
  it("has the pages an organizer expects, in every language", () => {
    expect(pages).toContain("/404.html");
    for (const { code } of siteSettings.languages) {
      for (const section of ["", "statements/", "actions/", "demands/", "faq/", "about/", "leaflets/"]) {
        expect(pages).toContain(`${homeOf(code)}${section}`);
      }
    }
    expect(pages.filter((pagePath) => /^\/statements\/[^/]+\/$/.test(pagePath)).length).toBeGreaterThan(0);
    expect(pages.filter((pagePath) => /^\/actions\/[^/]+\/$/.test(pagePath)).length).toBeGreaterThan(5);
  });

  it("gives every page its own title, and a description", () => {
    const titles = new Map<string, string>();
    for (const pagePath of reader) {
      const title = textOf(page(pagePath).one("title"));
      expect(titles.get(title), `${pagePath} has the same title as ${titles.get(title)}`).toBeUndefined();
      titles.set(title, pagePath);
      expect(page(pagePath).meta("description")?.length, pagePath).toBeGreaterThan(10);
    }
  });
});

describe.each(pages)("%s, as served", (pagePath) => {
  it("has one h1 and a main with content; reader pages have the main navigation's links", () => {
    const html = page(pagePath);
    expect(html.all("h1")).toHaveLength(1);
    expect(textOf(html.one("h1"))).not.toBe("");
    expect(textOf(html.one("main"))).not.toBe("");
    if (isLeafletSheet(pagePath)) return;
    const name = t(languageOfPath(pagePath).code, "site.mainNavigation");
    const navigation = html.one("nav", undefined, (nav) => nav.attribs["aria-label"] === name);
    expect(html.all("a", navigation)).toHaveLength(SECTIONS.filter((section) => section.inHeader).length);
  });
});

describe.each(destinations)("%s and its translations", (pagePath) => {
  const language = languageOfPath(pagePath);

  it(`is marked ${language.code} ${language.dir}, links every translation, and the picker leads to them`, () => {
    const html = page(pagePath);
    const root = html.one("html");
    expect(root?.attribs["lang"]).toBe(language.code);
    expect(root?.attribs["dir"]).toBe(language.dir);

    // hreflang: the page itself, every translation that exists, and x-default; each one is a real page.
    const byLanguage = new Map(
      html
        .all("link", undefined, (link) => link.attribs["rel"] === "alternate" && "hreflang" in link.attribs)
        .map((link) => [link.attribs["hreflang"] ?? "", link.attribs["href"] ?? ""]),
    );
    expect(byLanguage.get(language.code), "hreflang for the page itself").toBe(html.link("canonical"));
    expect(byLanguage.has("x-default")).toBe(true);
    for (const [, href] of byLanguage)
      expect(checker.fileFor(pathOf(href)), `hreflang target ${href}`).toBeDefined();

    // The picker, first in the banner, offers every other language in its own name and script.
    const picker = html.one("nav", html.one("header"));
    for (const other of siteSettings.languages.filter(({ code }) => code !== language.code)) {
      const link = html.one("a", picker, (a) => textOf(a) === other.label);
      expect(link?.attribs["lang"], other.label).toBe(other.code);
      const translation = byLanguage.get(other.code);
      expect(link?.attribs["href"]).toBe(translation ? pathOf(translation) : homeOf(other.code));
    }
  });
});

/** Width, height and size of a PNG in dist/, read from its header. */
function pngFacts(pathname: string) {
  const file = path.join(outDir, decodeURIComponent(pathname));
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1"), `${file} is a PNG`).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: statSync(file).size };
}

describe.each(reader)("%s, shared", (pagePath) => {
  it("previews with its own address, title, description and a 1200 × 630 image", () => {
    const html = page(pagePath);
    // The 404 page answers every missing address, so it claims none: it previews as the home page.
    const notFound = pagePath === "/404.html";
    const canonical = notFound ? `${siteUrl}/` : html.link("canonical");
    expect(canonical?.startsWith(`${siteUrl}/`), "canonical address is absolute").toBe(true);
    if (!notFound) expect(pathOf(canonical ?? "")).toBe(pagePath);

    for (const key of [
      "og:type",
      "og:site_name",
      "og:title",
      "og:description",
      "og:locale",
      "og:image:alt",
    ]) {
      expect(html.meta(key), key).toBeTruthy();
    }
    expect(html.meta("og:url")).toBe(canonical);
    expect(html.meta("twitter:card")).toBe("summary_large_image");
    expect(html.meta("twitter:title")).toBe(html.meta("og:title"));
    expect(html.meta("twitter:description")).toBe(html.meta("og:description"));

    const image = html.meta("og:image") ?? "";
    expect(image.startsWith(`${siteUrl}/`), "og:image is absolute").toBe(true);
    expect(html.meta("twitter:image")).toBe(image);
    const { width, height, size } = pngFacts(pathOf(image));
    expect([width, height]).toEqual([1200, 630]);
    expect(size).toBeLessThan(300 * 1024);

    const language = languageOfPath(pagePath);
    expect(html.meta("og:locale")).toBe(language.locale ?? language.code);
  });
});

describe("ways in: topics, demands and the archive", () => {
  const statementPath = "/statements/keep-mobilizing-after-the-ceasefire/";
  const hrefs = (pagePath: string, within?: string) => {
    const html = page(pagePath);
    const root = within ? html.find((element) => element.attribs["aria-labelledby"] === within) : undefined;
    return html.all("a", root).map((link) => link.attribs["href"] ?? "");
  };

  it("files the statement and the actions under each of their topics, in every language", () => {
    for (const { code } of siteSettings.languages) {
      const home = homeOf(code);
      const statement = `${home}statements/keep-mobilizing-after-the-ceasefire/`;
      for (const topic of ["ceasefire", "gaza", "accountability", "bds"]) {
        expect(hrefs(statement)).toContain(`${home}topics/${topic}/`);
        expect(hrefs(`${home}topics/${topic}/`, "statements")).toContain(statement);
        expect(hrefs(`${home}topics/`)).toContain(`${home}topics/${topic}/`);
      }
      expect(hrefs(`${home}topics/bds/`, "actions")).toEqual(
        expect.arrayContaining([
          `${home}actions/boycott-divest-sanction/`,
          `${home}actions/push-your-institution-to-divest/`,
        ]),
      );
      expect(hrefs(`${home}topics/gaza/`, "actions")).toEqual([`${home}actions/join-the-protests/`]);
    }
  });

  it("gives each demand a page listing the statements and actions that make it", () => {
    const demand = "/demands/stop-arming-israel/";
    expect(hrefs("/demands/")).toContain(demand);
    expect(hrefs("/actions/boycott-divest-sanction/")).toContain(demand);
    expect(hrefs(demand, "statements")).toEqual([statementPath]);
    expect(hrefs(demand, "actions")).toEqual(
      expect.arrayContaining(["/actions/boycott-divest-sanction/", "/actions/join-the-protests/"]),
    );
    expect(page("/demands/free-the-prisoners/").meta("og:image")).toMatch(
      /\/og\/demands\/free-the-prisoners\.png$/,
    );
  });

  it("counts the statements of each year in the archive", () => {
    expect(textOf(page("/archive/").one("main"))).toMatch(/2025\s*Statements: 1/);
    expect(hrefs("/archive/2025/")).toContain(statementPath);
    expect(hrefs("/statements/")).toContain("/archive/");
  });

  it("lists a long statement's sections above its text", () => {
    const contents = page(statementPath).find((element) => element.attribs["id"] === "contents");
    const nav = contents?.parent as Parameters<typeof textOf>[0];
    const links = page(statementPath)
      .all("a", nav ?? undefined)
      .map((link) => link.attribs["href"]);
    expect(links).toHaveLength(7);
    for (const href of links)
      expect(page(statementPath).find((element) => `#${element.attribs["id"]}` === href)).toBeDefined();
  });
});

describe("structured data and share links", () => {
  const firstStatement = (prefix: string) => {
    const list = page(`${prefix}/statements/`);
    const link = list.one("a", list.one("h2", list.one("article", list.one("main"))));
    return page(link?.attribs["href"] ?? "");
  };

  it("makes a statement an article with its dates and parseable NewsArticle data", () => {
    const statement = firstStatement("");
    expect(statement.meta("og:type")).toBe("article");
    expect(statement.meta("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [data] = statement.structuredData() as {
      "@type": string;
      headline: string;
      publisher: { "@type": string };
      image: string[];
    }[];
    expect(data?.["@type"]).toBe("NewsArticle");
    expect(data?.headline).toBe(textOf(statement.one("h1")));
    expect(data?.publisher["@type"]).toBe("Organization");
    expect(data?.image[0]).toBe(statement.meta("og:image"));
  });

  it("describes the organization in JSON-LD on the home page", () => {
    const [data] = page("/").structuredData();
    expect(data?.["@type"]).toBe("Organization");
    expect(data?.["url"]).toBe(`${siteUrl}/`);
  });

  it("gives an Arabic statement share links carrying its own address and title, encoded", () => {
    const statement = firstStatement("/ar");
    const canonical = statement.link("canonical") ?? "";
    const share = statement.find((element) => "data-share-root" in element.attribs);
    expect(share).toBeDefined();
    const hrefs = statement.all("a", share).map((link) => link.attribs["href"] ?? "");
    expect(hrefs).toHaveLength(6);
    for (const href of hrefs) expect(decodeURIComponent(href)).toContain(canonical);
    const email = hrefs.find((href) => href.startsWith("mailto:")) ?? "";
    expect(decodeURIComponent(email.split("subject=")[1]?.split("&")[0] ?? "")).toBe(
      textOf(statement.one("h1")),
    );
    expect(statement.one("input", share)?.attribs["value"]).toBe(canonical);
  });
});

describe("feeds and the sitemap", () => {
  it("give each language a feed listing every statement written in it", () => {
    for (const { code } of siteSettings.languages) {
      const prefix = code === siteSettings.defaultLanguage ? "" : `/${code}`;
      const feed = read(`${prefix.slice(1)}${prefix ? "/" : ""}rss.xml`);
      expect(feed).toMatch(/^<\?xml/);
      const statements = pages.filter((pagePath) =>
        new RegExp(`^${prefix}/statements/[^/]+/$`).test(pagePath),
      );
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(feed).toContain(`<link>${siteUrl}${statement}</link>`);
      expect(feed).toContain(`<language>${code}</language>`);
    }
  });

  const sitemapUrl = /Sitemap: (\S+)/.exec(read("robots.txt"))?.[1] ?? "";
  const sitemap = [...read(pathOf(sitemapUrl).slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => read(pathOf(match[1] ?? "").slice(1)))
    .join("");

  it("lists every page with its translations, named in robots.txt", () => {
    expect(sitemapUrl).toBe(`${siteUrl}/sitemap-index.xml`);
    for (const pagePath of destinations)
      expect(sitemap, pagePath).toContain(`<loc>${siteUrl}${pagePath}</loc>`);
    expect(sitemap).toContain(`hreflang="ar" href="${siteUrl}/ar/statements/`);
  });

  it("leaves out the leaflet sheets", () => {
    expect(sitemap).not.toMatch(/\/leaflets\/(?:statements|actions)\//);
  });
});

describe("leaflets", () => {
  it("every sheet sends search engines to the page it is printed from, with that page's description", () => {
    expect(sheets.length).toBeGreaterThan(10);
    for (const sheet of sheets) {
      /** The page a sheet is printed from: /ar/leaflets/actions/x/ is made from /ar/actions/x/. */
      const source = sheet.replace("/leaflets/", "/");
      // A canonical page must be indexable: the copy points at it rather than hiding with noindex.
      expect(page(sheet).meta("robots"), sheet).toBeUndefined();
      expect(page(sheet).link("canonical"), sheet).toBe(`${siteUrl}${source}`);
      expect(page(sheet).meta("description")?.length, sheet).toBeGreaterThan(10);
      expect(page(sheet).meta("description"), sheet).toBe(page(source).meta("description"));
    }
  });

  it("the leaflets page offers every download, grouped by language, and each one is a PDF", () => {
    const leaflets = page("/leaflets/");
    const main = leaflets.one("main");
    for (const { label } of siteSettings.languages) {
      expect(
        leaflets.one("h2", main, (heading) => textOf(heading) === label),
        label,
      ).toBeDefined();
    }
    const hrefs = leaflets
      .all("a", main, (a) => (a.attribs["href"] ?? "").endsWith(".pdf"))
      .map((a) => a.attribs["href"] ?? "");
    // Seven files (four sizes, three print-shop copies) for each statement and action in each language.
    expect(hrefs.length % 7).toBe(0);
    expect(hrefs.length).toBeGreaterThanOrEqual(7 * 3 * 2);
    for (const href of hrefs) {
      const file = checker.fileFor(href);
      expect(file, href).toBeDefined();
      expect(
        existsSync(file ?? "") &&
          readFileSync(file ?? "")
            .subarray(0, 5)
            .toString("latin1"),
      ).toBe("%PDF-");
    }
  });
});
