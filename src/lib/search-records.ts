/**
 * What the site hands its search index, and where: shared by the pages that write the records
 * (src/pages/[...lang]/search-records.json.ts), the build step that indexes them
 * (src/build/search-index.ts) and the search page's script, which reads Pagefind's copy.
 */

/** The kinds of page search finds, in the order its kind filter offers them. */
export const SEARCH_KINDS = ["statement", "action", "answer", "demand"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One page as search knows it. */
export interface SearchRecord {
  kind: SearchKind;
  /** The page's address, base folder included. */
  url: string;
  title: string;
  /** What a result shows under its title. */
  summary: string;
  /** A statement's day, as the page's language writes it, and as YYYY-MM-DD. */
  date?: string;
  datetime?: string;
  /** Topic ids, for the topic filter. */
  topics: string[];
  /** The rest of the words a reader sees on the page. */
  text: string;
}

/**
 * The records of each language, written by Astro beside its pages (/search-records.json,
 * /ar/search-records.json) and removed by the build once indexed: never published.
 */
export const RECORDS_FILE = "search-records.json";

/** The folder Pagefind's index and runtime are published in: /pagefind/. */
export const SEARCH_INDEX_FOLDER = "pagefind";
