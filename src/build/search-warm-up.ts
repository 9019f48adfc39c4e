/**
 * Prepares the search index while Astro builds the pages, so the build's search step, which
 * must wait for the pages' records (src/build/search-index.ts), finds it ready in the cache.
 *
 * Pagefind indexes a language whole: after one English statement changes, the search step
 * indexed English's 4,028 records at 5,000 statements, about 10 s at the end of a rebuild of
 * 39 s, with nothing else left to do. Astro leaves part of the second core idle while it
 * bundles, and the records need only the content files: here they are read as the content
 * check reads them (readCollections) and made by the same function as the pages' own
 * (searchRecordsFrom).
 *
 * This publishes nothing and decides nothing. An index goes into the cache under the key of
 * its records, and the search step uses it only if the pages' records give the same key; if
 * they did not (content changed during the build, say), the search step indexes as before.
 */
import { readCollections } from "../content-checks/check-content.ts";
import type { CheckedEntry } from "../content-checks/checked-entry.ts";
import { publishedAddress } from "../site/address.ts";
import type { Settings } from "../schemas/settings.ts";
import { searchRecordsFrom, type SearchSources } from "../lib/search-records-from.ts";
import type { SearchRecord } from "../lib/search-records.ts";
import { localizedPath } from "../lib/urls.ts";
import { warmSearchIndex, type WarmUpReport } from "./search-index.ts";

/** The records of each language as the pages will write them, or nothing when a file has a problem. */
export function recordsFromContent(
  contentDir: string,
  settings: Settings,
  /** The content check's cache of unchanged files (file-check-cache.ts), shared with Astro's check. */
  checkCacheDir?: string,
): Record<string, SearchRecord[]> | undefined {
  const { entries, problems } = readCollections(contentDir, settings, {
    names: ["statements", "actions", "faq", "demands"],
    cacheDir: checkCacheDir,
  });
  // The content check reports it, and the build stops: nothing to prepare.
  if (problems.length > 0) return undefined;
  // Drafts are never published (src/data/published.ts, whose rule reads Astro's environment).
  const published = (collection: CheckedEntry["collection"]) =>
    entries
      .filter((entry) => entry.collection === collection && entry.data["draft"] !== true)
      .map(({ language, slug, data, body }) => ({ id: `${language}/${slug}`, data, body }));
  const sources = {
    statements: published("statements"),
    actions: published("actions"),
    answers: published("faq"),
    demands: published("demands"),
  } as unknown as SearchSources;
  const { base } = publishedAddress(settings);
  const pathTo = (lang: string, ...segments: string[]) =>
    localizedPath(base, lang, settings.defaultLanguage, ...segments);
  return Object.fromEntries(
    settings.languages.map(({ code }) => [code, searchRecordsFrom(code, sources, pathTo)]),
  );
}

/** Reads the content and indexes into the cache every language whose records changed. */
export async function warmUpSearch({
  contentDir,
  settings,
  cacheDir,
  checkCacheDir,
  limitMs,
}: {
  contentDir: string;
  settings: Settings;
  /** The search index's cache. */
  cacheDir: string;
  /** The content check's. */
  checkCacheDir: string;
  limitMs: number;
}): Promise<WarmUpReport | undefined> {
  const records = recordsFromContent(contentDir, settings, checkCacheDir);
  return records && warmSearchIndex({ records, cacheDir, limitMs });
}
