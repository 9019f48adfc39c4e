/**
 * Where a build's time goes, read from its log (timedRun writes each line with the seconds since
 * the start): each step ends at the first line that says it is done, and starts where the step it
 * follows ended. Once Astro is done, the search index, the leaflet PDFs and the offline editions
 * run side by side (scripts/build.ts), so their seconds add up to more than the wall time they
 * take together. A step the build did not run (no PDFs) has no time, and the step that
 * follows it starts where it would have.
 */
export interface BuildPhase {
  name: string;
  seconds: number | undefined;
}

/**
 * The steps of `npm run build`, each with the line that ends it and the step it starts after
 * (the one listed before it, unless `after` names another; "all" waits for every step before it).
 * A step with `took` reads its seconds from its own line, wherever in the log that line is.
 */
export const BUILD_STEPS: readonly { name: string; endsAt: RegExp; after?: string; took?: RegExp }[] = [
  { name: "content check", endsAt: /\[campaign:content-checks\] \d+ content files checked/ },
  { name: "content sync", endsAt: /\[content\] Synced content/ },
  { name: "bundling", endsAt: /generating static routes/ },
  // Astro's own line after the last page: "✓ Completed in 19.45s." (without "[build]").
  { name: "pages", endsAt: /^\S+ ✓ Completed in/ },
  // QR codes, the web editor and the sitemap run after the pages (astro:build:done).
  { name: "after pages", endsAt: /\[build\] Complete!/ },
  // Both read their seconds from their own lines. Beside Astro (src/build/search-warm-up.ts):
  // "Search index: en prepared beside Astro (4,028 pages, 8.6 s)."; then the search step itself,
  // which copies what the cache holds and indexes the rest: "Search index: … (1.4 s)."
  {
    name: "search beside Astro",
    endsAt: /^Search index: .* prepared beside Astro /,
    took: /, ([\d.]+) s\)\.$/,
  },
  { name: "search index", endsAt: /^Search index: (?!.* beside Astro)/, took: /\(([\d.]+) s\)\.$/ },
  { name: "leaflet PDFs", endsAt: /^Leaflets: /, after: "after pages" },
  { name: "offline editions", endsAt: /^Offline editions: /, after: "after pages" },
  { name: "publish", endsAt: /^Built into /, after: "all" },
];

/** Each step's seconds in a log written by timedRun ("[  12.3 s] line"). */
export function buildPhases(log: string): BuildPhase[] {
  const lines = log.split("\n").flatMap((line) => {
    const match = /^\[\s*([\d.]+) s\] (.*)$/.exec(line);
    return match ? [{ at: Number(match[1]), text: match[2]! }] : [];
  });
  /** Where each step ended: its line's index and time. */
  const ended = new Map<string, { index: number; at: number }>();
  let previous = { index: -1, at: 0 };
  return BUILD_STEPS.map(({ name, endsAt, after, took }) => {
    const start =
      after === "all"
        ? [...ended.values()].reduce((latest, end) => (end.at > latest.at ? end : latest), previous)
        : after !== undefined
          ? (ended.get(after) ?? previous)
          : previous;
    const index = lines.findIndex((line, at) => (took || at > start.index) && endsAt.test(line.text));
    if (index < 0) {
      // The step that follows starts where this one would have.
      previous = start;
      return { name, seconds: undefined };
    }
    const end = { index, at: lines[index]!.at };
    ended.set(name, end);
    if (took) return { name, seconds: Number(took.exec(lines[index]!.text)?.[1]) };
    previous = end;
    return { name, seconds: end.at - start.at };
  });
}
