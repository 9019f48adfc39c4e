/**
 * Where a build's time goes, read from its log (timedRun writes each line with the seconds since
 * the start): each step ends at the first line that says it is done. A step the build did not
 * run (no PDFs) has no time; the next step's time then includes whatever ran
 * between them.
 */
export interface BuildPhase {
  name: string;
  seconds: number | undefined;
}

/** The steps of `npm run build`, in order, each with the line that ends it. */
export const BUILD_STEPS: readonly { name: string; endsAt: RegExp }[] = [
  { name: "content check", endsAt: /\[campaign:content-checks\] \d+ content files checked/ },
  { name: "content sync", endsAt: /\[content\] Synced content/ },
  { name: "bundling", endsAt: /generating static routes/ },
  // Astro's own line after the last page: "✓ Completed in 19.45s." (without "[build]").
  { name: "pages", endsAt: /^\S+ ✓ Completed in/ },
  // QR codes, the web editor and the sitemap run after the pages (astro:build:done).
  { name: "after pages", endsAt: /\[build\] Complete!/ },
  // Pagefind indexes the pages' records as soon as Astro is done (src/build/search-index.ts).
  { name: "search index", endsAt: /^Search index: / },
  { name: "leaflet PDFs", endsAt: /^Leaflets: / },
  { name: "offline editions", endsAt: /^Offline editions: / },
  { name: "publish", endsAt: /^Built into / },
];

/** Each step's seconds in a log written by timedRun ("[  12.3 s] line"). */
export function buildPhases(log: string): BuildPhase[] {
  const lines = log.split("\n").flatMap((line) => {
    const match = /^\[\s*([\d.]+) s\] (.*)$/.exec(line);
    return match ? [{ at: Number(match[1]), text: match[2]! }] : [];
  });
  let previous = 0;
  let from = 0;
  return BUILD_STEPS.map(({ name, endsAt }) => {
    const index = lines.findIndex((line, at) => at >= from && endsAt.test(line.text));
    if (index < 0) return { name, seconds: undefined };
    const seconds = lines[index]!.at - previous;
    previous = lines[index]!.at;
    from = index + 1;
    return { name, seconds };
  });
}
