import { FIRST_SEARCH_LIMIT } from "./budgets.ts";
import type { FirstSearch } from "./first-search.ts";
import { kb, renderTable } from "./table.ts";

/** Words that the sample content, and so every generated archive, has in each language. */
export const SEARCH_WORDS: Record<string, string> = { en: "ceasefire", ar: "غزة", es: "alto el fuego" };

/** The table of first searches, the Arabic one against its budget. */
export function firstSearchReport(searches: readonly FirstSearch[], site: string): string {
  const rows = searches.map(({ lang, words, found, files, bytes }) => [
    lang,
    words,
    found,
    String(files),
    kb(bytes),
    lang === "ar" ? `${bytes <= FIRST_SEARCH_LIMIT ? "PASS" : "FAIL"} (≤ ${FIRST_SEARCH_LIMIT / 1024})` : "",
  ]);
  const columns = [
    { header: "lang" },
    { header: "words" },
    { header: "found" },
    { header: "files", align: "right" as const },
    { header: "KB", align: "right" as const },
    { header: "budget" },
  ];
  return `First search in each language, ${site} (KB over the wire once the search page has loaded)\n\n${renderTable(columns, rows)}`;
}
