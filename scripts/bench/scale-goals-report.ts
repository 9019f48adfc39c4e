import { passFail, SCALE_GOALS } from "./budgets.ts";
import { BUILD_STEPS } from "./build-phases.ts";
import { selectBuilds, type SiteBuild } from "./site-build.ts";
import { indent, kb, megabytes, renderTable, seconds } from "./table.ts";

const MB = 1_000_000;
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const whole = (value: number) => Math.round(value).toLocaleString("en");
const check = (value: number | undefined, limit: number) =>
  value === undefined ? "" : `${passFail(value <= limit)}`;

/**
 * The default builds of generated archives (runScaleBuilds) against issue 16's
 * goals: cold build and one-statement rebuild time, peak memory, and the files
 * and megabytes a deploy uploads; then what each statement adds, and at what
 * size each limit would be reached at that rate.
 */
export function scaleGoalsReport(builds: readonly SiteBuild[]): string {
  const goals = SCALE_GOALS;
  const rows = builds.map((build) => {
    const failed = build.status !== 0;
    const timeGoal = build.cache === "cold" ? goals.coldSeconds : goals.oneEditSeconds;
    const peakMb = build.peakRssKb === undefined ? undefined : build.peakRssKb / 1024;
    return [
      build.site,
      build.cache,
      failed ? "FAILED" : seconds(build.wallSeconds),
      failed ? "" : `${check(build.wallSeconds, timeGoal)} ≤ ${timeGoal}`,
      seconds(build.cpuSeconds),
      megabytes(build.peakRssKb),
      failed ? "" : check(peakMb, goals.peakMegabytes),
      failed ? "" : whole(build.files),
      failed ? "" : check(build.files, goals.files),
      failed ? "" : mb(build.bytes),
      failed ? "" : check(build.bytes / MB, goals.megabytes),
      failed ? "" : String(build.pdfs),
      seconds(build.longestSilence.seconds),
      build.loadBefore.toFixed(1),
    ];
  });
  const lines = [
    `Default build (share images and leaflet PDFs, as a deploy builds) against the goals, set at ${whole(goals.statements)} statements`,
    renderTable(
      [
        { header: "site" },
        { header: "build" },
        { header: "wall s", align: "right" },
        { header: "goal" },
        { header: "CPU s", align: "right" },
        { header: "peak MB", align: "right" },
        { header: `≤ ${goals.peakMegabytes}` },
        { header: "files", align: "right" },
        { header: `≤ ${whole(goals.files)}` },
        { header: "MB", align: "right" },
        { header: `≤ ${goals.megabytes}` },
        { header: "PDFs", align: "right" },
        { header: "silent s", align: "right" },
        { header: "load", align: "right" },
      ],
      rows,
    ),
    "  cold: empty output and cache. one-edit: the same build again after the newest English statement was",
    "  retitled (its page, share image, PDFs, lists, feeds and translations change). files and MB: everything",
    "  in the published folder (MB of 1,000,000 bytes). Wall time depends on what else the machine runs: read",
    "  it with the load; CPU time does much less. silent s: the longest stretch the build printed nothing:",
    ...builds.map(
      (build) =>
        `    ${build.site}, ${build.cache}: ${seconds(build.longestSilence.seconds)} s after "${build.longestSilence.after.slice(0, 90)}"`,
    ),
    ...selectBuilds(builds, { succeeded: false }).map(
      (build) => `  FAILED: ${build.site}, ${build.cache}: see ${build.logFile}`,
    ),
  ];
  lines.push("", phasesReport(builds), "", largestPagesReport(builds), "", growthPerStatement(builds));
  return lines.join("\n");
}

/** Where each build's time went, step by step, from its log. */
function phasesReport(builds: readonly SiteBuild[]): string {
  const succeeded = selectBuilds(builds, {});
  const rows = succeeded.map((build) => [
    build.site,
    build.cache,
    ...BUILD_STEPS.map(({ name }) => seconds(build.phases.find((phase) => phase.name === name)?.seconds)),
    seconds(build.wallSeconds),
  ]);
  return [
    "Where the time goes (wall seconds per step, from each build's log; n/a: the build has no such step)",
    renderTable(
      [
        { header: "site" },
        { header: "build" },
        ...BUILD_STEPS.map(({ name }) => ({ header: name, align: "right" as const })),
        { header: "total", align: "right" },
      ],
      rows,
    ),
    "  pages: Astro renders every page (or copies it from the last build when its cacheKey is unchanged),",
    "  share images included; after pages: print QR codes, web editor, sitemap; search beside Astro:",
    "  Pagefind indexing, from the content files while Astro builds, each language whose records",
    "  changed; search index: the search step, which copies those from the cache (and indexes any",
    "  language whose pages' records differ), beside the leaflet PDFs and the offline editions. Those",
    "  steps overlap each other and Astro, so the row adds up to more than the total.",
  ].join("\n");
}

/** The largest pages of each cold build: a list that grows with the archive shows here. */
function largestPagesReport(builds: readonly SiteBuild[]): string {
  const rows = selectBuilds(builds, { cache: "cold" }).flatMap((build) =>
    build.largestPages.map(({ page, bytes }) => [
      build.site,
      `/${page.replace(/index\.html$/, "")}`,
      kb(bytes),
    ]),
  );
  return [
    "Largest pages (KB, uncompressed HTML)",
    renderTable([{ header: "site" }, { header: "page" }, { header: "KB", align: "right" }], rows),
  ].join("\n");
}

/** What each statement adds between the smallest and largest archive built, and where each limit falls. */
function growthPerStatement(builds: readonly SiteBuild[]): string {
  const cold = selectBuilds(builds, { cache: "cold" }).sort((a, b) => a.statements - b.statements);
  const [small, large] = [cold[0], cold.at(-1)];
  if (!small || !large || small === large)
    return "Growth per statement: build at least two sizes (--scale=1000,5000).";
  const added = large.statements - small.statements;
  const per = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : (b - a) / added;
  const wall = per(small.wallSeconds, large.wallSeconds);
  const cpu = per(small.cpuSeconds, large.cpuSeconds);
  const files = per(small.files, large.files) ?? 0;
  const bytes = per(small.bytes, large.bytes) ?? 0;
  const memory = per(small.peakRssKb, large.peakRssKb);
  const reached = (value: number, perStatement: number, limit: number) =>
    value > limit
      ? `already passed at ${whole(large.statements)} statements (by ${whole(value - limit)})`
      : perStatement > 0
        ? `reached at about ${whole(large.statements + (limit - value) / perStatement)} statements`
        : "not reached by growth";
  const ms = (value: number | undefined) => (value === undefined ? "n/a" : (value * 1000).toFixed(0));
  return [
    `Growth per statement (cold builds, ${whole(small.statements)} → ${whole(large.statements)} statements)`,
    indent(
      [
        `wall ${ms(wall)} ms and CPU ${ms(cpu)} ms a statement`,
        `${files.toFixed(2)} files and ${(bytes / 1024).toFixed(1)} KB a statement published`,
        `peak memory ${memory === undefined ? "n/a" : `${(memory / 1024).toFixed(2)} MB`} a statement`,
        `${whole(SCALE_GOALS.files)} files: ${reached(large.files, files, SCALE_GOALS.files)}`,
        `${SCALE_GOALS.megabytes} MB: ${reached(large.bytes / MB, bytes / MB, SCALE_GOALS.megabytes)}`,
        ...(wall === undefined
          ? []
          : [
              `${SCALE_GOALS.coldSeconds} s cold: ${reached(large.wallSeconds, wall, SCALE_GOALS.coldSeconds)} (at this machine's load)`,
            ]),
      ].join("\n"),
      2,
    ),
  ].join("\n");
}
