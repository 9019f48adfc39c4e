import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumPath } from "../lib/chromium.ts";
import { startCompressingServer } from "./compressing-server.ts";

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthousePage {
  label: string;
  /** The page's address on the site, relative to its base: "ar/faq/". */
  path: string;
}

export interface LighthouseResult {
  page: LighthousePage;
  /** 0 to 100 per category; undefined when Lighthouse could not score it. */
  scores: Partial<Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>>;
  /** Performance scores of every run, the kept (median) one included. */
  performanceRuns: number[];
  /** First and Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift. */
  metrics: {
    fcp?: number | undefined;
    lcp?: number | undefined;
    cls?: number | undefined;
    tbt?: number | undefined;
  };
  /** Lighthouse's measure of this machine's speed during the run; busy machines score lower. */
  benchmarkIndex?: number | undefined;
  /** Scored audits below 100: what keeps a category from 100. */
  shortfalls: { category: string; audit: string; title: string; score: number; explanation?: string }[];
  error?: string;
}

/**
 * Runs Lighthouse (mobile settings: a mid-range phone on slow 4G, simulated)
 * on each page of a built site, in one headless Debian Chromium. The site is
 * served compressed, as a static host would. Simulated timings still scale
 * with how busy the machine is, so each page is run `runs` times and the run
 * with the median performance score is kept, as Lighthouse's docs advise.
 */
export async function lighthouseScores(
  outDir: string,
  base: string,
  pages: readonly LighthousePage[],
  runs = 3,
): Promise<LighthouseResult[]> {
  const server = await startCompressingServer(outDir, base);
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      try {
        const reports: Result[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(new URL(page.path, server.url).href, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: [...LIGHTHOUSE_CATEGORIES],
          });
          if (!result) throw new Error("Lighthouse returned no result");
          reports.push(result.lhr);
        }
        const performance = (report: Result) => report.categories["performance"]?.score ?? 0;
        const sorted = [...reports].sort((a, b) => performance(a) - performance(b));
        results.push({
          ...summarize(page, sorted[Math.floor(sorted.length / 2)]!),
          performanceRuns: reports.map((report) => Math.round(performance(report) * 100)),
        });
      } catch (error) {
        results.push({
          page,
          scores: {},
          performanceRuns: [],
          metrics: {},
          shortfalls: [],
          error: (error as Error).message,
        });
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  return results;
}

function summarize(page: LighthousePage, report: Result): Omit<LighthouseResult, "performanceRuns"> {
  const { categories, audits, runtimeError, environment } = report;
  const scores: LighthouseResult["scores"] = {};
  const shortfalls: LighthouseResult["shortfalls"] = [];
  for (const id of LIGHTHOUSE_CATEGORIES) {
    const category = categories[id];
    if (category?.score != null) scores[id] = Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        shortfalls.push({
          category: id,
          audit: ref.id,
          title: audit.title,
          score: Math.round(audit.score * 100),
          ...(audit.explanation ? { explanation: audit.explanation } : {}),
        });
    }
  }
  const metric = (id: string) => audits[id]?.numericValue;
  return {
    page,
    scores,
    metrics: {
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      cls: metric("cumulative-layout-shift"),
      tbt: metric("total-blocking-time"),
    },
    benchmarkIndex: environment.benchmarkIndex,
    shortfalls,
    ...(runtimeError ? { error: `${runtimeError.code}: ${runtimeError.message}` } : {}),
  };
}
