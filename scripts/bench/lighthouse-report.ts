import { passFail } from "./budgets.ts";
import { LIGHTHOUSE_CATEGORIES, type LighthouseResult } from "./lighthouse-scores.ts";
import { renderTable } from "./table.ts";

const SHORT_NAMES = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "best pr.",
  seo: "SEO",
} as const;

export function lighthouseReport(results: readonly LighthouseResult[]): string {
  const rows = results.map(({ page, scores, metrics, error, performanceRuns, benchmarkIndex }) => [
    page.label,
    ...LIGHTHOUSE_CATEGORIES.flatMap((category) => {
      const score = scores[category];
      return score === undefined ? ["n/a", error ? "ERROR" : ""] : [String(score), passFail(score === 100)];
    }),
    metrics.fcp === undefined ? "" : metrics.fcp.toFixed(0),
    metrics.lcp === undefined ? "" : metrics.lcp.toFixed(0),
    metrics.cls === undefined ? "" : metrics.cls.toFixed(3),
    metrics.tbt === undefined ? "" : metrics.tbt.toFixed(0),
    performanceRuns.join(" "),
    benchmarkIndex === undefined ? "" : benchmarkIndex.toFixed(0),
  ]);

  // What keeps a score below 100, once per audit, with the pages it happens on.
  const shortfalls = new Map<string, { line: string; pages: string[] }>();
  for (const { page, shortfalls: list } of results) {
    for (const { category, audit, title, score, explanation } of list) {
      const key = `${category}/${audit}`;
      const entry = shortfalls.get(key) ?? {
        line: `${SHORT_NAMES[category as keyof typeof SHORT_NAMES] ?? category} ${audit} (${score}): ${title}${explanation ? `. ${explanation}` : ""}`,
        pages: [],
      };
      entry.pages.push(page.label);
      shortfalls.set(key, entry);
    }
  }
  const errors = results
    .filter((result) => result.error)
    .map((result) => `  ${result.page.label}: ${result.error}`);

  return [
    "Lighthouse (mobile: simulated slow 4G and 4× slower CPU; Debian Chromium; served compressed); budget 100 each",
    "  Each page is run several times; the run with the median performance score is shown. machine: Lighthouse's",
    "  benchmarkIndex during that run (lower when the machine is busy, which lowers TBT-driven scores).",
    renderTable(
      [
        { header: "page" },
        ...LIGHTHOUSE_CATEGORIES.flatMap((category) => [
          { header: SHORT_NAMES[category], align: "right" as const },
          { header: "" },
        ]),
        { header: "FCP ms", align: "right" },
        { header: "LCP ms", align: "right" },
        { header: "CLS", align: "right" },
        { header: "TBT ms", align: "right" },
        { header: "perf of each run" },
        { header: "machine", align: "right" },
      ],
      rows,
    ),
    ...(shortfalls.size === 0
      ? ["  Every scored audit passes on every page."]
      : [
          "  Scored audits below 100:",
          ...[...shortfalls.values()].map(({ line, pages }) => `  - ${line} [${pages.join(", ")}]`),
        ]),
    ...(errors.length > 0 ? ["  Errors:", ...errors] : []),
  ].join("\n");
}
