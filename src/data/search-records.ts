import { searchRecordsFrom } from "~/lib/search-records-from.ts";
import type { SearchRecord } from "~/lib/search-records.ts";
import { publishedEntries } from "./published.ts";
import { pathTo } from "./routes.ts";

/**
 * What search finds in a language (see searchRecordsFrom), from the entries Astro read. The build
 * indexes these records (src/build/search-index.ts).
 */
export async function searchRecords(lang: string): Promise<SearchRecord[]> {
  const [statements, actions, answers, demands] = await Promise.all([
    publishedEntries("statements"),
    publishedEntries("actions"),
    publishedEntries("faq"),
    publishedEntries("demands"),
  ]);
  return searchRecordsFrom(lang, { statements, actions, answers, demands }, pathTo);
}
