import type { PageWeight } from "./page-weight.ts";

/**
 * The budgets of issue 7. Byte budgets are deterministic and also asserted by
 * tests/site/budgets.test.ts; time budgets are only reported by the bench.
 *
 * 14 KB is what the first round trip of a new connection carries (TCP's initial
 * window of 10 segments of about 1.4 KB), so a page that fits paints after one
 * round trip on a slow network. It is counted as 14 × 1024 bytes of compressed
 * HTML plus render-blocking CSS and script, leaving no room for headers: strict.
 */
export const FIRST_RENDER_LIMIT = 14 * 1024;
/**
 * Total script on any page, compressed. Strictly less. Pagefind's runtime is not counted: the
 * search page loads it only when a reader starts a search, and FIRST_SEARCH_LIMIT holds it.
 */
export const SCRIPT_LIMIT = 5 * 1024;
/**
 * Everything a reader's first search in Arabic downloads once the search page has loaded
 * (Pagefind's runtime, the index pieces for the words, the results listed): issue 16.
 */
export const FIRST_SEARCH_LIMIT = 150 * 1024;
/** 1000 statements with their share images, from an empty cache. */
export const BUILD_1000_LIMIT_SECONDS = 30;
/** A rebuild with nothing changed. */
export const WARM_REBUILD_LIMIT_SECONDS = 15;

/**
 * The goals of issue 16 for a large archive, measured on a default build
 * (share images and leaflet PDFs, everything a deploy publishes). Files and
 * bytes are hosts' limits: Cloudflare Pages refuses more than 20,000 files,
 * and GitHub Pages sites may not pass 1 GB, so 500 MB leaves room to grow.
 */
export const SCALE_GOALS = {
  /** The archive the goals are set for. */
  statements: 5000,
  coldSeconds: 180,
  oneEditSeconds: 30,
  /** The largest single process (the Astro build or a Chromium process), in MB of 1024 KB. */
  peakMegabytes: 4096,
  files: 20_000,
  /** Everything a deploy uploads, in MB of 1,000,000 bytes. */
  megabytes: 500,
} as const;

/** gzip is the budgets' measure: every server offers it and it is the larger of the two. */
export type Encoding = "gzip" | "brotli";

export interface BudgetResult {
  name: "first render" | "script";
  bytes: number;
  limit: number;
  pass: boolean;
}

export function pageBudgets(weight: PageWeight, encoding: Encoding = "gzip"): BudgetResult[] {
  const firstRender = weight.firstRender[encoding];
  const script = weight.script[encoding];
  return [
    {
      name: "first render",
      bytes: firstRender,
      limit: FIRST_RENDER_LIMIT,
      pass: firstRender <= FIRST_RENDER_LIMIT,
    },
    { name: "script", bytes: script, limit: SCRIPT_LIMIT, pass: script < SCRIPT_LIMIT },
  ];
}

export const passFail = (pass: boolean) => (pass ? "PASS" : "FAIL");

/**
 * The offline editions (issue 17), for the sample site. The one-file Arabic edition (the longest
 * language) fits in 100 KB compressed, which a messenger passes on in seconds over a poor
 * connection; each language's zip of the reading pages fits in 250 KB. Asserted by
 * tests/site/offline-editions.test.ts.
 */
export const OFFLINE_EDITION_LIMIT = 100 * 1024;
export const OFFLINE_ZIP_LIMIT = 250 * 1024;

export interface OfflineBudgetResult {
  name: string;
  bytes: number;
  limit: number;
  pass: boolean;
}

/** The offline budgets: each edition's gzip size (Arabic's is the one budgeted) and each zip's size. */
export function offlineBudgets(
  editions: readonly { lang: string; editionGzip: number; zipBytes: number }[],
  budgetedEdition = "ar",
): OfflineBudgetResult[] {
  return editions.flatMap(({ lang, editionGzip, zipBytes }) => [
    ...(lang === budgetedEdition
      ? [
          {
            name: `one-file edition (${lang}, gzip)`,
            bytes: editionGzip,
            limit: OFFLINE_EDITION_LIMIT,
            pass: editionGzip <= OFFLINE_EDITION_LIMIT,
          },
        ]
      : []),
    { name: `zip (${lang})`, bytes: zipBytes, limit: OFFLINE_ZIP_LIMIT, pass: zipBytes <= OFFLINE_ZIP_LIMIT },
  ]);
}
