import { FIRST_RENDER_LIMIT, pageBudgets, passFail, SCRIPT_LIMIT, type Encoding } from "./budgets.ts";
import type { Sizes } from "./compressed-size.ts";
import type { PageWeight } from "./page-weight.ts";
import { pageTypeOf, REPORTED_PAGE_TYPES, type PageType } from "./page-types.ts";
import { kb, kbExact, renderTable } from "./table.ts";

interface Representative {
  type: PageType;
  weight: PageWeight;
}

/**
 * For each reported page type and language, the page of that type that is
 * heaviest to first render: budgets hold for a type only if they hold for it.
 */
export function representativePages(
  weights: readonly PageWeight[],
  languages: readonly string[],
): Representative[] {
  const picked: Representative[] = [];
  for (const type of REPORTED_PAGE_TYPES) {
    for (const lang of languages) {
      const candidates = weights.filter(
        (weight) => weight.lang === lang && pageTypeOf(weight.page, lang) === type,
      );
      const heaviest = candidates.sort((a, b) => b.firstRender.gzip - a.firstRender.gzip)[0];
      if (heaviest) picked.push({ type, weight: heaviest });
    }
  }
  return picked;
}

const pageLabel = ({ weight }: Representative) => `/${weight.page.replace(/index\.html$/, "")}`;

function weightTable(pages: readonly Representative[], measure: keyof Sizes): string {
  const cell = (sizes: Sizes) => kb(sizes[measure]);
  return renderTable(
    [
      { header: "page type" },
      { header: "lang" },
      { header: "HTML", align: "right" },
      { header: "CSS", align: "right" },
      { header: "JS", align: "right" },
      { header: "fonts", align: "right" },
      { header: "images", align: "right" },
      { header: "requests", align: "right" },
      { header: "total", align: "right" },
      { header: "first render", align: "right" },
      { header: "page (heaviest of its type)" },
    ],
    pages.map((page) => {
      const { weight } = page;
      return [
        page.type,
        weight.lang,
        cell(weight.html),
        cell(weight.byKind.css),
        cell(weight.byKind.js),
        cell(weight.byKind.font),
        cell(weight.byKind.image),
        String(weight.requests),
        cell(weight.total),
        cell(weight.firstRender),
        pageLabel(page),
      ];
    }),
  );
}

function budgetTable(pages: readonly Representative[]): string {
  const budgetCells = (weight: PageWeight, encoding: Encoding) =>
    pageBudgets(weight, encoding).flatMap((result) => [kbExact(result.bytes), passFail(result.pass)]);
  return renderTable(
    [
      { header: "page type" },
      { header: "lang" },
      { header: "first render gzip", align: "right" },
      { header: `≤ ${kb(FIRST_RENDER_LIMIT)}` },
      { header: "script gzip", align: "right" },
      { header: `< ${kb(SCRIPT_LIMIT)}` },
      { header: "first render brotli", align: "right" },
      { header: `≤ ${kb(FIRST_RENDER_LIMIT)}` },
      { header: "script brotli", align: "right" },
      { header: `< ${kb(SCRIPT_LIMIT)}` },
    ],
    pages.map(({ type, weight }) => [
      type,
      weight.lang,
      ...budgetCells(weight, "gzip"),
      ...budgetCells(weight, "brotli"),
    ]),
  );
}

/** Every page against the byte budgets, so a type whose heaviest page passes cannot hide another. */
function everyPageSummary(weights: readonly PageWeight[]): string {
  const lines = [`Every page of the site (${weights.length} HTML files), gzip:`];
  for (const name of ["first render", "script"] as const) {
    const results = weights
      .map((weight) => ({ weight, result: pageBudgets(weight).find((budget) => budget.name === name)! }))
      .sort((a, b) => b.result.bytes - a.result.bytes);
    const failing = results.filter(({ result }) => !result.pass);
    const worst = results[0];
    lines.push(
      `  ${name}: ${passFail(failing.length === 0)}, ${failing.length} of ${weights.length} pages over ${kb(worst?.result.limit ?? 0)} KB; largest ${kbExact(worst?.result.bytes ?? 0)} KB (/${worst?.weight.page ?? ""})`,
    );
    for (const { weight, result } of failing.slice(0, 12))
      lines.push(`    ${kbExact(result.bytes).padStart(6)} KB  /${weight.page}`);
    if (failing.length > 12) lines.push(`    … and ${failing.length - 12} more`);
  }
  const elsewhere = weights.flatMap((weight) => weight.otherHosts.map((url) => `/${weight.page} → ${url}`));
  const missing = weights.flatMap((weight) =>
    weight.resources
      .filter((resource) => resource.missing)
      .map((resource) => `/${weight.page} → ${resource.source}`),
  );
  lines.push(`  loads from other hosts: ${elsewhere.length === 0 ? "none" : elsewhere.join(", ")}`);
  lines.push(
    `  references to missing files: ${missing.length === 0 ? "none" : missing.slice(0, 5).join(", ")}`,
  );
  return lines.join("\n");
}

/** The page-weight section of the bench report. */
export function weightsReport(weights: readonly PageWeight[], languages: readonly string[]): string {
  const pages = representativePages(weights, languages);
  return [
    "Page weights, gzip (KB = 1024 bytes)",
    weightTable(pages, "gzip"),
    "",
    "Page weights, brotli (KB)",
    weightTable(pages, "brotli"),
    "",
    "Page weights, uncompressed (KB)",
    weightTable(pages, "raw"),
    "",
    "  requests: the HTML and each file it loads with an empty cache (stylesheets, scripts, icons, fonts,",
    "  images); the manifest, apple-touch-icon and share images load only on demand and are left out.",
    "  CSS and JS include inline <style> and <script> (also part of the HTML); total counts each byte once.",
    "  fonts: every face declared for characters the page has (unicode-range), an upper bound: a browser also skips a\n  face when a family earlier in the stack already covers the text (Lighthouse and the browser tests see the truth).",
    "  first render: the HTML plus render-blocking stylesheets (and their @imports) and classic scripts,",
    "  each compressed on its own as it is sent.",
    "",
    "Byte budgets (KB)",
    budgetTable(pages),
    "",
    everyPageSummary(weights),
  ].join("\n");
}
