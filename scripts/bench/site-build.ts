import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { htmlPagesIn } from "../../tests/support/built-site.ts";
import type { ProjectSnapshot } from "./project-snapshot.ts";
import { waitForQuietMachine } from "./quiet-machine.ts";
import { timedRun, type TimedRun } from "./timed-run.ts";

export interface BuildVariant {
  shareImages: boolean;
  /** Leaflet PDFs printed by Chromium inside the build, as `npm run build` does by default. */
  leaflets: boolean;
}

/** What `npm run build` printed about the leaflets: "Leaflets: 168 PDFs for 24 leaflets (168 printed, 0 unchanged) in 61.2 s." */
export interface LeafletReport {
  pdfs: number;
  printed: number;
  reused: number;
  seconds: number;
}

export interface SiteBuild extends TimedRun {
  site: string;
  /** Statement files in the content, all languages. */
  statements: number;
  variant: BuildVariant;
  /** Cold: empty cache and no earlier output. Warm: the same build again, nothing changed. */
  cache: "cold" | "warm";
  outDir: string;
  pages: number;
  shareImages: number;
  pdfs: number;
  leafletReport: LeafletReport | undefined;
  logFile: string;
}

/** Which builds a report wants; a key left out matches any value. */
export interface BuildQuery {
  site?: string;
  cache?: SiteBuild["cache"];
  shareImages?: boolean;
  leaflets?: boolean;
  /** Only builds that succeeded (the default), or only those that failed. */
  succeeded?: boolean;
}

/** The builds that match a query, in the order they were made: the one way reports pick builds. */
export function selectBuilds(builds: readonly SiteBuild[], query: BuildQuery): SiteBuild[] {
  const { site, cache, shareImages, leaflets, succeeded = true } = query;
  return builds.filter(
    (build) =>
      (site === undefined || build.site === site) &&
      (cache === undefined || build.cache === cache) &&
      (shareImages === undefined || build.variant.shareImages === shareImages) &&
      (leaflets === undefined || build.variant.leaflets === leaflets) &&
      (build.status === 0) === succeeded,
  );
}

export interface SiteToBuild {
  name: string;
  contentDir: string;
  statements: number;
  project: ProjectSnapshot;
  variant: BuildVariant;
  /** Folder for this site's output, cache and logs. */
  workDir: string;
  /** How long to wait before each build for a busy machine to calm down. */
  maxWaitSeconds: number;
}

/**
 * Builds a site twice with `npm run build`'s script: first into an empty
 * output and cache folder, then again with nothing changed.
 */
export async function buildColdThenWarm(site: SiteToBuild): Promise<SiteBuild[]> {
  mkdirSync(site.workDir, { recursive: true });
  const outDir = path.join(site.workDir, "dist");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CAMPAIGN_CONTENT_DIR: site.contentDir,
    CAMPAIGN_OUT_DIR: outDir,
    CAMPAIGN_CACHE_DIR: path.join(site.workDir, "cache"),
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
  delete env["CAMPAIGN_LEAFLETS"];
  if (!site.variant.leaflets) env["CAMPAIGN_LEAFLETS"] = "off";

  const builds: SiteBuild[] = [];
  for (const cache of ["cold", "warm"] as const) {
    const logFile = path.join(site.workDir, `build-${cache}.log`);
    await waitForQuietMachine(site.maxWaitSeconds);
    const run = await timedRun(process.execPath, ["scripts/build.ts"], {
      cwd: site.project.dir,
      env,
      logFile,
    });
    builds.push({
      ...run,
      site: site.name,
      statements: site.statements,
      variant: site.variant,
      cache,
      outDir,
      pages: htmlPagesIn(outDir).length,
      shareImages: filesIn(path.join(outDir, "og"), ".png"),
      pdfs: filesIn(path.join(outDir, "leaflets"), ".pdf"),
      leafletReport: leafletReport(run.output),
      logFile,
    });
    if (run.status !== 0) break;
  }
  return builds;
}

function filesIn(dir: string, extension: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(extension))
    .length;
}

function leafletReport(output: string): LeafletReport | undefined {
  const match = /Leaflets: (\d+) PDFs for \d+ leaflets \((\d+) printed, (\d+) unchanged\) in ([\d.]+) s/.exec(
    output,
  );
  if (!match) return undefined;
  const [, pdfs, printed, reused, seconds] = match.map(Number) as [number, number, number, number, number];
  return { pdfs, printed, reused, seconds };
}
