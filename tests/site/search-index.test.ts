import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORDS_FILE, SEARCH_INDEX_FOLDER } from "../../src/lib/search-records.ts";
import { builtPages, kindOfPath, languageOfPath, siteSettings } from "../support/built-site";
import { indexedPages } from "../support/pagefind-index";

/**
 * The search index as npm run build leaves it in dist/pagefind/ (issue 16). That the browser
 * finds pages with it, in Arabic spelt every way, is in tests/e2e/search.spec.ts.
 */
const outDir = path.resolve("dist");
const folder = path.join(outDir, SEARCH_INDEX_FOLDER);
const entry = JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")) as {
  languages: Record<string, { wasm: string | null; page_count: number }>;
};

/** The address of every page a language's index holds. */
const indexedUrls = (lang: string) =>
  indexedPages(folder, lang)
    .map(({ url }) => url)
    .sort();

/** The entry pages of a language: its statements, actions, answers and demands, not their lists. */
const ENTRY_KINDS = ["statements/*", "actions/*", "faq/*", "demands/*"];
const entryPagesIn = (lang: string) =>
  builtPages()
    .filter((page) => languageOfPath(page).code === lang && ENTRY_KINDS.includes(kindOfPath(page)))
    .sort();

describe("search index", () => {
  it.each(siteSettings.languages.map(({ code }) => code))(
    "%s: holds every statement, action, answer and demand of the language, and nothing else",
    (lang) => {
      expect(entry.languages[lang]?.wasm, "Pagefind's word rules for the language").toBe(lang);
      // Every language of the sample site is whole, so its lists show its own pages only.
      expect(indexedUrls(lang)).toEqual(entryPagesIn(lang));
    },
  );

  it("publishes none of the records it was made from, and none of Pagefind's unused files", () => {
    expect(builtPages().length).toBeGreaterThan(10);
    const published = readdirSync(outDir, { recursive: true, encoding: "utf8" });
    expect(published.filter((file) => file.endsWith(RECORDS_FILE))).toEqual([]);
    expect(readdirSync(folder).filter((name) => /ui|highlight|worker|unknown/.test(name))).toEqual([]);
    expect(existsSync(path.join(folder, "pagefind.js"))).toBe(true);
  });
});
