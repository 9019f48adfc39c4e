import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offlineBudgets } from "../../scripts/bench/budgets.ts";
import { formatSize } from "../../src/build/offline/download-sizes.ts";
import { t } from "../../src/i18n/ui.ts";
import { htmlPagesIn, siteSettings, siteUrl } from "../support/built-site";
import { allOfflineFiles, unzipText } from "../support/offline-editions";

/**
 * The offline editions as npm run build leaves them in dist/offline/: the campaign in one file
 * and the reading pages as a zip, per language (issue 17). How they behave in a browser opened
 * from file:// is in tests/e2e/offline-editions.spec.ts.
 */
const outDir = path.resolve("dist");
const files = allOfflineFiles(outDir);
const pages = htmlPagesIn(outDir);
const defaultLanguage = siteSettings.defaultLanguage;

/** The reading pages of a language in dist/, as paths inside its folder: "faq/index.html". */
function readingPagesOf(lang: string): string[] {
  const others = siteSettings.languages.map(({ code }) => code).filter((code) => code !== defaultLanguage);
  return pages.flatMap((file) => {
    const [first = ""] = file.split("/");
    const inLanguage = lang === defaultLanguage ? !others.includes(first) : first === lang;
    if (!inLanguage || !file.endsWith("index.html")) return [];
    const within = lang === defaultLanguage ? file : file.slice(lang.length + 1);
    return /^(?:index\.html|(?:statements|actions|demands|faq|about)\/)/.test(within) ? [within] : [];
  });
}

describe("offline editions", () => {
  it("exist for every language and keep within their budgets", () => {
    expect(files.map(({ code, exists }) => [code, exists])).toEqual(files.map(({ code }) => [code, true]));
    const over = offlineBudgets(files.map((file) => file.sizes())).filter((result) => !result.pass);
    expect(over).toEqual([]);
  });

  it("leave no Onion-Location where settings.yaml names no onion address", () => {
    expect(readFileSync(path.join(outDir, "_headers"), "utf8")).not.toMatch(/onion-location/i);
    expect(
      pages.filter((file) => /onion-location/i.test(readFileSync(path.join(outDir, file), "utf8"))),
    ).toEqual([]);
  });
});

describe.each(files)("the campaign in one file, $code", ({ code, edition }) => {
  const html = readFileSync(edition, "utf8");
  const dir = siteSettings.languages.find((language) => language.code === code)?.dir;
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? "");

  it("is in its language and direction, with nothing to load: no script, image, frame or stylesheet link", () => {
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${code}" dir="${dir}">`, "i"));
    expect(html).not.toMatch(/<(?:script|img|picture|svg|iframe|link|object|embed|video|audio)\b/i);
    expect(html).not.toMatch(/\s(?:src|srcset|poster)=/);
  });

  it("links inside itself by anchors that exist, and elsewhere only by full addresses", () => {
    expect(hrefs.filter((href) => href.startsWith("#") && !ids.has(href.slice(1)))).toEqual([]);
    expect(hrefs.filter((href) => !/^(?:#|https?:\/\/|mailto:)/.test(href))).toEqual([]);
    expect(hrefs.filter((href) => href.startsWith("#")).length).toBeGreaterThan(20);
  });

  it("holds every statement, demand, action and answer of the language, each with its address online", () => {
    const inLanguage = readingPagesOf(code);
    for (const [section, anchor] of [
      ["statements", "statement"],
      ["actions", "action"],
      ["faq", "faq"],
    ] as const) {
      const entries = inLanguage.filter((file) => new RegExp(`^${section}/[^/]+/index\\.html$`).test(file));
      const slugs = entries.map((file) => file.split("/")[1]).filter((slug) => slug !== "page");
      expect(slugs.length, section).toBeGreaterThan(0);
      for (const slug of slugs) {
        expect(ids, `${section}/${slug}`).toContain(`${anchor}-${slug}`);
        const address = `${siteUrl}/${code === defaultLanguage ? "" : `${code}/`}${section}/${slug}/`;
        expect(html, `${section}/${slug}'s address`).toContain(`href="${address}"`);
      }
    }
    const demands = [
      ...readFileSync(
        path.join(outDir, code === defaultLanguage ? "" : code, "demands/index.html"),
        "utf8",
      ).matchAll(/<li id="([^"]+)"/g),
    ];
    expect(demands.length).toBeGreaterThan(0);
    for (const [, id] of demands) expect(ids).toContain(`demand-${id}`);
    expect(html).toContain(t(code, "edition.allStatements"));
  });
});

describe.each(files)("the site as a zip, $code", ({ code, zip, folder }) => {
  const entries = unzipText(zip);
  const names = [...entries.keys()];
  const text = (name: string) => new TextDecoder().decode(entries.get(name));

  it("unpacks into one folder holding every reading page of the language, and no share image, PDF or script", () => {
    expect(names.filter((name) => !name.startsWith(`${folder}/`))).toEqual([]);
    const held = new Set(names.map((name) => name.slice(folder.length + 1)));
    expect(readingPagesOf(code).length).toBeGreaterThan(20);
    expect(readingPagesOf(code).filter((page) => !held.has(page))).toEqual([]);
    expect(names.filter((name) => /\.(?:png|jpe?g|webp|pdf|js|zip)$/.test(name))).toEqual([]);
  });

  it("links between its pages with relative paths ending in index.html that all lead to a file in it", () => {
    const broken: string[] = [];
    for (const name of names.filter((entry) => entry.endsWith(".html"))) {
      const html = text(name);
      expect(html, name).not.toMatch(/<script\b/);
      for (const [, attribute, value = ""] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^(?:#|https?:\/\/|mailto:)/.test(value)) continue;
        const [target = "", hash] = value.split("#");
        const resolved = path.posix.join(path.posix.dirname(name), target);
        if (attribute === "href" && !/\.(?:html|css|svg)$/.test(target))
          broken.push(`${name}: ${value} does not name a file`);
        else if (!entries.has(resolved)) broken.push(`${name}: ${value} is not in the zip`);
        else if (hash && !text(resolved).includes(` id="${hash}"`))
          broken.push(`${name}: ${value} has no such anchor`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("the downloads pages", () => {
  it.each(siteSettings.languages)(
    "in $code, offer every language's files with their real sizes",
    ({ code }) => {
      const html = readFileSync(
        path.join(outDir, code === defaultLanguage ? "" : code, "downloads/index.html"),
        "utf8",
      );
      expect(html).not.toContain("data-offline-size");
      for (const file of files) {
        for (const download of [file.edition, file.zip]) {
          const name = path.basename(download);
          expect(html).toContain(`download="${name}"`);
          const size = formatSize(readFileSync(download).length, code);
          expect(html, `${name} at ${size}`).toMatch(new RegExp(`${name}</bdi>[^(]*\\(${size}\\)`));
        }
      }
    },
  );

  it("are linked from every page's footer", () => {
    const home = readFileSync(path.join(outDir, "ar/index.html"), "utf8");
    expect(home).toMatch(/<footer[\s\S]*href="\/ar\/downloads\/"[\s\S]*<\/footer>/);
  });
});
