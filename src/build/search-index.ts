/**
 * The build's search step: Pagefind indexes each language's records (written by Astro as
 * search-records.json, see src/data/search-records.ts) into <staging>/pagefind/, before anything
 * is published. A record Pagefind refuses, a missing language or a step that takes too long fails
 * the build.
 *
 * Pagefind reads a small HTML page per record rather than the site's pages: the page's words go
 * in spelled as search compares them (src/lib/search-text.ts), which is not how a reader should
 * see them, and the original title and summary ride along as metadata for the result list. The
 * site's own pages then carry no search markup at all.
 *
 * Each language is indexed on its own and kept in the build cache (search-index-cache.ts), so a
 * build copies the index of a language whose records have not changed, or that the warm-up beside
 * Astro has just indexed from the same records (warmSearchIndex, search-warm-up.ts).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { RECORDS_FILE, SEARCH_INDEX_FOLDER, type SearchRecord } from "../lib/search-records.ts";
import { escapeMarkup } from "../lib/escape-markup.ts";
import { searchText } from "../lib/search-text.ts";
import { startProgress } from "./progress.ts";
import {
  cachedIndex,
  forgetIndexFolder,
  type IndexedPage,
  indexKey,
  KEY_FILE,
  keepIndex,
  newIndexFolder,
  pruneIndexCache,
} from "./search-index-cache.ts";
import { withinTime } from "./time-limit.ts";

/**
 * Pagefind writes one small file per page for the result list ("fragments"). Past this many in a
 * language it packs several pages into each, so an archive of thousands of statements stays
 * within hosts' file limits; a result then downloads its neighbours' fragments too.
 */
const MAX_FRAGMENTS_PER_LANGUAGE = 500;

/** Pagefind's own search interfaces and its web worker: the site has its own interface and runs search on the page. */
const UNUSED_RUNTIME = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "pagefind-worker.js",
];

/**
 * What Pagefind reads for one record. The title is a heading, so Pagefind ranks a match there
 * above one in the text. Metadata and filters are in an ignored block: kept for the result, not
 * searched twice.
 */
export function recordPage(record: SearchRecord, indexLang: string): string {
  const words = (text: string) => escapeMarkup(searchText(text));
  const paragraphs = record.text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `<p>${words(line)}</p>`);
  const meta = {
    title: record.title,
    summary: record.summary,
    ...(record.date && record.datetime ? { date: record.date, datetime: record.datetime } : {}),
  };
  const hidden = [
    ...Object.entries(meta).map(
      ([key, value]) => `<span data-pagefind-meta="${key}">${escapeMarkup(value)}</span>`,
    ),
    `<span data-pagefind-filter="kind">${record.kind}</span>`,
    ...record.topics.map((topic) => `<span data-pagefind-filter="topic">${escapeMarkup(topic)}</span>`),
  ];
  return [
    `<!doctype html><html lang="${escapeMarkup(indexLang)}"><body>`,
    `<h1>${words(record.title)}</h1>`,
    `<p>${words(record.summary)}</p>`,
    ...paragraphs,
    `<div data-pagefind-ignore>${hidden.join("")}</div>`,
    "</body></html>",
  ].join("\n");
}

/** Where Astro wrote a language's records in the staging folder. */
const recordsFile = (outDir: string, lang: string, defaultLanguage: string) =>
  path.join(outDir, lang === defaultLanguage ? "" : lang, RECORDS_FILE);

export interface SearchIndexReport {
  /** Records indexed per language. */
  records: Record<string, number>;
  seconds: number;
}

/** What Pagefind says it wrote: pagefind-entry.json. */
interface PagefindEntry {
  languages: Record<string, { wasm?: string | null; page_count: number }>;
}

/**
 * Each language's index holds every record written in it: two records with one address, or a
 * record Pagefind filed under another language, would otherwise go missing without a word.
 */
function checkPageCounts(entry: PagefindEntry, records: Record<string, number>) {
  for (const [lang, count] of Object.entries(records)) {
    const indexed = entry.languages[lang]?.page_count ?? 0;
    if (indexed !== count)
      throw new Error(
        `Pagefind indexed ${indexed} of the ${count} ${lang} pages (two records with one address?)`,
      );
  }
}

/**
 * Leaves out Pagefind's files the site never loads: its interfaces, its worker, and the
 * WebAssembly of languages no index uses (it writes one for "unknown" languages too).
 */
function removeUnusedRuntime(folder: string, entry: PagefindEntry) {
  for (const name of UNUSED_RUNTIME) rmSync(path.join(folder, name), { force: true });
  const used = new Set(
    Object.values(entry.languages).map(({ wasm }) => `wasm.${wasm ?? "unknown"}.pagefind`),
  );
  for (const name of readdirSync(folder))
    if (/^wasm\..+\.pagefind$/.test(name) && !used.has(name)) rmSync(path.join(folder, name));
}

/** Pagefind's options, part of every language's key. */
const INDEX_OPTIONS = { maxFragments: MAX_FRAGMENTS_PER_LANGUAGE };

/** A language's records as Pagefind reads them, and the key its index is kept under. */
export interface LanguagePages {
  lang: string;
  pages: IndexedPage[];
  key: string;
}

export function languagePages(lang: string, records: readonly SearchRecord[]): LanguagePages {
  const pages = records.map((record) => ({ url: record.url, content: recordPage(record, lang) }));
  return { lang, pages, key: indexKey(lang, pages, INDEX_OPTIONS) };
}

/** Indexes one language into a folder of its own, which then goes into the cache; returns where it is. */
async function indexLanguage(
  { lang, pages, key }: LanguagePages,
  cacheDir: string | undefined,
  tick: () => void,
): Promise<string> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
  // Every page is handed to Pagefind at once, and it indexes them on all cores as they come.
  // Awaited one by one, 5,100 pages took 16 s; written to a folder for Pagefind to read, 13.9 s
  // on a busy machine, against 10.6 s this way, which writes no page to disk.
  const refused: string[] = [];
  await Promise.all(
    pages.map(async (page) => {
      const added = await index.addHTMLFile(page);
      if (added.errors.length > 0) refused.push(`${page.url}: ${added.errors.join("; ")}`);
      tick();
    }),
  );
  if (refused.length > 0) throw new Error(`Pagefind refused pages: ${refused.join("; ")}`);
  const written = newIndexFolder(cacheDir, lang);
  try {
    const result = await index.writeFiles({ outputPath: written });
    if (result.errors.length > 0) throw new Error(`Pagefind could not write: ${result.errors.join("; ")}`);
    return keepIndex(cacheDir, lang, key, written);
  } catch (error) {
    forgetIndexFolder(cacheDir, written);
    throw error;
  }
}

export interface WarmUpReport {
  /** The languages indexed into the cache, with their page counts. */
  indexed: { lang: string; pages: number }[];
  /** The languages the cache already held. */
  unchanged: string[];
  seconds: number;
}

/**
 * Puts the index of each language in the cache ahead of the search step, from records read
 * while Astro builds (src/build/search-warm-up.ts). It publishes nothing: the search step then
 * finds each language in the cache if, and only if, the pages' own records give the same key.
 */
export async function warmSearchIndex({
  records,
  cacheDir,
  limitMs,
}: {
  records: Record<string, readonly SearchRecord[]>;
  cacheDir: string;
  limitMs: number;
}): Promise<WarmUpReport> {
  const started = performance.now();
  pruneIndexCache(cacheDir, Object.keys(records));
  const byLanguage = Object.entries(records).map(([lang, own]) => languagePages(lang, own));
  const unchanged = byLanguage.filter(({ lang, key }) => cachedIndex(cacheDir, lang, key));
  const changed = byLanguage.filter((language) => !unchanged.includes(language) && language.pages.length > 0);
  try {
    // One language after another: this runs beside Astro, which needs the cores more.
    const work = async () => {
      for (const language of changed) await indexLanguage(language, cacheDir, () => undefined);
    };
    await withinTime(
      work(),
      limitMs,
      `Preparing the search index took longer than ${Math.round(limitMs / 1000)} s.`,
    );
  } finally {
    await pagefind.close();
  }
  return {
    indexed: changed.map(({ lang, pages }) => ({ lang, pages: pages.length })),
    unchanged: unchanged.map(({ lang }) => lang),
    seconds: (performance.now() - started) / 1000,
  };
}

export async function buildSearchIndex({
  outDir,
  languages,
  defaultLanguage,
  limitMs,
  cacheDir,
  print = (line: string) => console.log(line),
}: {
  outDir: string;
  languages: readonly string[];
  defaultLanguage: string;
  /** How long indexing may take in all before the build gives up. */
  limitMs: number;
  /** Where each language's index is kept for the next build (search-index-cache.ts); none: kept nowhere. */
  cacheDir?: string | undefined;
  print?: (line: string) => void;
}): Promise<SearchIndexReport> {
  const started = performance.now();
  const files = languages.map((lang) => ({ lang, file: recordsFile(outDir, lang, defaultLanguage) }));
  const missing = files.filter(({ file }) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `No search records for ${missing.map(({ lang }) => lang).join(", ")} (${missing[0]?.file}).`,
    );
  pruneIndexCache(cacheDir, languages);
  const byLanguage = files.map(({ lang, file }) => {
    const language = languagePages(lang, JSON.parse(readFileSync(file, "utf8")) as SearchRecord[]);
    return { ...language, cached: cachedIndex(cacheDir, lang, language.key) };
  });
  const unchanged = byLanguage.filter(({ cached }) => cached).map(({ lang }) => lang);
  if (unchanged.length > 0)
    print(`  search index: ${unchanged.join(", ")} found in the cache, copied from there`);

  const work = async () => {
    // A language with nothing written in it yet has no index: search then finds nothing there.
    const changed = byLanguage.filter(({ cached, pages }) => !cached && pages.length > 0);
    const total = changed.reduce((sum, { pages }) => sum + pages.length, 0);
    const progress = startProgress({ label: "search index", total, verb: "pages indexed", print });
    if (total > 0)
      print(
        `  search index: Pagefind is indexing ${total.toLocaleString("en")} pages (${changed.map(({ lang }) => lang).join(", ")})`,
      );
    const folders = await Promise.all(
      changed.map((language) => indexLanguage(language, cacheDir, () => progress.tick())),
    );
    return new Map(changed.map(({ lang }, at) => [lang, folders[at]!]));
  };

  let indexed: Map<string, string>;
  try {
    indexed = await withinTime(
      work(),
      limitMs,
      `Search indexing took longer than ${Math.round(limitMs / 1000)} s and was stopped.`,
    );
  } finally {
    await pagefind.close();
  }

  // Each language's folder holds its own files and Pagefind's runtime; the site's index is all of
  // them together, with one list of the languages.
  const folder = path.join(outDir, SEARCH_INDEX_FOLDER);
  const entry: PagefindEntry = { languages: {} };
  for (const { lang, cached } of byLanguage) {
    const from = cached ?? indexed.get(lang);
    if (!from) continue;
    const own = JSON.parse(readFileSync(path.join(from, "pagefind-entry.json"), "utf8")) as PagefindEntry;
    Object.assign(entry, { ...own, languages: { ...entry.languages, ...own.languages } });
    cpSync(from, folder, { recursive: true, filter: (source) => path.basename(source) !== KEY_FILE });
    if (!cacheDir) rmSync(from, { recursive: true, force: true });
  }
  writeFileSync(path.join(folder, "pagefind-entry.json"), JSON.stringify(entry));
  const records = Object.fromEntries(byLanguage.map(({ lang, pages }) => [lang, pages.length]));
  checkPageCounts(entry, records);
  removeUnusedRuntime(folder, entry);
  for (const { file } of files) rmSync(file);
  return { records, seconds: (performance.now() - started) / 1000 };
}
