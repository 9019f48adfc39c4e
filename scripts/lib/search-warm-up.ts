/**
 * Starts the search index's warm-up (src/build/search-warm-up.ts) in a process of its own, at a
 * lower priority than Astro's, and says how it went once the build asks.
 */
import path from "node:path";
import type { WarmUpReport } from "../../src/build/search-index.ts";
import { runWithWatchdog } from "./run-with-watchdog.ts";

const entry = path.resolve(import.meta.dirname, "search-warm-up-process.ts");

/** Nice value of the warm-up: Astro, which every other step waits for, keeps the cores it asks for. */
const NICENESS = 10;

/** The line the build prints about the warm-up, or why it did nothing. */
export function describeWarmUp(report: WarmUpReport | null | undefined, problem: string | undefined): string {
  if (problem)
    return `Search index: not prepared beside Astro (${problem}); the search step indexes instead.`;
  if (!report) return "Search index: not prepared beside Astro (a content file has a problem).";
  if (report.indexed.length === 0) return "";
  const pages = report.indexed.reduce((sum, { pages }) => sum + pages, 0);
  return `Search index: ${report.indexed.map(({ lang }) => lang).join(", ")} prepared beside Astro (${pages.toLocaleString("en")} pages, ${report.seconds.toFixed(1)} s).`;
}

export interface SearchWarmUp {
  /** The line to print once Astro is done; waits for the warm-up to end. */
  finished: () => Promise<string>;
}

export function startSearchWarmUp({
  env,
  limitMs,
  signal,
}: {
  env: NodeJS.ProcessEnv;
  limitMs: number;
  signal: AbortSignal;
}): SearchWarmUp {
  let report: WarmUpReport | null | undefined;
  const errors: string[] = [];
  const run = runWithWatchdog(entry, [String(limitMs)], {
    env,
    limitMs,
    name: "search index warm-up",
    niceness: NICENESS,
    signal,
    onStdoutLine: (line) => {
      if (line.trim() !== "") report = JSON.parse(line) as WarmUpReport | null;
    },
    onStderrLine: (line) => {
      if (line.trim() !== "") errors.push(line.trim());
    },
  }).catch((error: unknown) => ({ status: 1, ended: "exited" as const, error }));
  return {
    finished: async () => {
      const result = await run;
      if (result.status === 0) return describeWarmUp(report, undefined);
      const why =
        "error" in result
          ? String(result.error)
          : (errors.find((line) => /^\w*Error\b/.test(line)) ??
            errors.at(-1) ??
            `ended with ${result.status}`);
      return describeWarmUp(undefined, why);
    },
  };
}
