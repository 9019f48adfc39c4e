import { BUILD_1000_LIMIT_SECONDS, passFail, WARM_REBUILD_LIMIT_SECONDS } from "./budgets.ts";
import { selectBuilds, type SiteBuild } from "./site-build.ts";
import { indent, megabytes, renderTable, seconds } from "./table.ts";

const variantLabel = ({ variant }: SiteBuild) =>
  `${variant.shareImages ? "with" : "without"} share images${variant.leaflets ? ", with PDFs" : ""}`;

/** The time budget a build is held to, if any: 1000 statements cold, and every warm rebuild. */
function timeBudget(build: SiteBuild): number | undefined {
  if (!build.variant.shareImages) return undefined;
  if (build.cache === "warm") return WARM_REBUILD_LIMIT_SECONDS;
  return build.site === "1000 statements" ? BUILD_1000_LIMIT_SECONDS : undefined;
}

export function buildsTable(builds: readonly SiteBuild[], repeat = 1): string {
  const rows = builds.map((build) => {
    const limit = timeBudget(build);
    const failed = build.status !== 0;
    return [
      build.site,
      variantLabel(build),
      build.cache,
      failed ? "FAILED" : String(build.pages),
      failed ? "" : String(build.shareImages),
      failed ? "" : String(build.pdfs),
      seconds(build.wallSeconds),
      limit === undefined ? "" : `< ${limit} s`,
      limit === undefined || failed ? "" : passFail(build.wallSeconds < limit),
      seconds(build.cpuSeconds),
      megabytes(build.peakRssKb),
      build.loadBefore.toFixed(1),
    ];
  });
  return [
    `Build time and memory (npm run build's script; seconds${repeat > 1 ? `; the fastest of ${repeat} builds of each kind` : ""})`,
    renderTable(
      [
        { header: "site" },
        { header: "variant" },
        { header: "cache" },
        { header: "pages", align: "right" },
        { header: "images", align: "right" },
        { header: "PDFs", align: "right" },
        { header: "wall", align: "right" },
        { header: "budget" },
        { header: "" },
        { header: "CPU", align: "right" },
        { header: "peak MB", align: "right" },
        { header: "load", align: "right" },
      ],
      rows,
    ),
    "  cold: empty output and cache folders; warm: the same build again with nothing changed.",
    "  CPU: user + system seconds of every process (2 cores: up to twice the wall time); it moves less than wall",
    "  time when someone else uses the machine. peak MB: the largest single process (the Astro build, or",
    "  Chromium). load: the 1-minute load average when the build started; above 2 the wall times are inflated.",
    ...selectBuilds(builds, { succeeded: false }).map(
      (build) => `  FAILED: ${build.site}, ${variantLabel(build)}, ${build.cache}: see ${build.logFile}`,
    ),
  ].join("\n");
}

interface Point {
  statements: number;
  wall: number;
  cpu: number | undefined;
  rssKb: number | undefined;
}

/** Marginal cost per statement between the sizes built, and whether it stays flat as the site grows. */
export function growthReport(builds: readonly SiteBuild[]): string {
  const lines = ["Growth with the number of statements (cold builds, leaflet PDFs off)"];
  for (const shareImages of [true, false]) {
    const points: Point[] = selectBuilds(builds, { cache: "cold", leaflets: false, shareImages })
      .map((b) => ({ statements: b.statements, wall: b.wallSeconds, cpu: b.cpuSeconds, rssKb: b.peakRssKb }))
      .sort((a, b) => a.statements - b.statements);
    if (points.length < 2) continue;
    const rows: string[][] = [];
    const wallSlopes: number[] = [];
    const cpuSlopes: number[] = [];
    for (let index = 1; index < points.length; index++) {
      const [from, to] = [points[index - 1]!, points[index]!];
      const added = to.statements - from.statements;
      const wallSlope = ((to.wall - from.wall) / added) * 1000;
      const cpuSlope =
        from.cpu !== undefined && to.cpu !== undefined ? ((to.cpu - from.cpu) / added) * 1000 : undefined;
      wallSlopes.push(wallSlope);
      if (cpuSlope !== undefined) cpuSlopes.push(cpuSlope);
      rows.push([
        `${from.statements} → ${to.statements}`,
        wallSlope.toFixed(0),
        cpuSlope === undefined ? "n/a" : cpuSlope.toFixed(0),
        `${megabytes(from.rssKb)} → ${megabytes(to.rssKb)}`,
      ]);
    }
    lines.push(
      `  ${shareImages ? "with" : "without"} share images:`,
      indent(
        renderTable(
          [
            { header: "statements" },
            { header: "wall ms per statement", align: "right" },
            { header: "CPU ms per statement", align: "right" },
            { header: "peak MB", align: "right" },
          ],
          rows,
        ),
        4,
      ),
      `    ${linearity(wallSlopes, "wall")}`,
      ...(cpuSlopes.length === wallSlopes.length ? [`    ${linearity(cpuSlopes, "CPU")}`] : []),
    );
  }
  if (lines.length === 1) lines.push("  (needs cold builds of at least two sizes)");
  return lines.join("\n");
}

/** Linear growth costs the same per statement at every size; the sample's fixed costs blur the first step. */
function linearity(slopes: readonly number[], measure: string): string {
  if (slopes.length < 2) return `${measure}: build the 1000-statement site to judge linearity.`;
  const ratio = slopes.at(-1)! / slopes.at(-2)!;
  const verdict =
    ratio > 1.25
      ? "grows faster than linearly: each statement costs more in a bigger site"
      : ratio < 0.8
        ? "grows more slowly than linearly: fixed costs still weigh on the smaller step"
        : "close to linear";
  return `${measure}: the last step costs ×${ratio.toFixed(2)} per statement what the step before did: ${verdict}.`;
}
