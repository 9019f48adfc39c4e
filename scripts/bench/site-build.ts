import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { publishedSize } from "../../src/build/published-size.ts";
import { htmlPagesIn } from "../../tests/support/built-site.ts";
import { buildPhases, type BuildPhase } from "./build-phases.ts";
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
  /**
   * Cold: empty cache and no earlier output. Warm: the same build again, nothing changed.
   * One edit: the same build again after retitling the newest English statement (editOneStatement).
   */
  cache: "cold" | "warm" | "one-edit";
  outDir: string;
  pages: number;
  /** Every file the build published, and their size in bytes: what a deploy uploads. */
  files: number;
  bytes: number;
  /** The largest HTML pages, largest first: lists that grow with the archive show here. */
  largestPages: { page: string; bytes: number }[];
  /** Where the time went, step by step (build-phases.ts). */
  phases: BuildPhase[];
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
  /** What the second build is: nothing changed (the default), or one statement retitled. */
  second?: "warm" | "one-edit";
}

/**
 * Builds a site twice with `npm run build`'s script: first into an empty
 * output and cache folder, then again with nothing changed, or after
 * retitling one statement (in a copy of the content, never the original).
 */
export async function buildColdThenWarm(site: SiteToBuild): Promise<SiteBuild[]> {
  mkdirSync(site.workDir, { recursive: true });
  const outDir = path.join(site.workDir, "dist");
  const second = site.second ?? "warm";
  let contentDir = site.contentDir;
  if (second === "one-edit") {
    contentDir = path.join(site.workDir, "content");
    cpSync(site.contentDir, contentDir, { recursive: true });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CAMPAIGN_CONTENT_DIR: contentDir,
    CAMPAIGN_OUT_DIR: outDir,
    CAMPAIGN_CACHE_DIR: path.join(site.workDir, "cache"),
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
  delete env["CAMPAIGN_LEAFLETS"];
  if (!site.variant.leaflets) env["CAMPAIGN_LEAFLETS"] = "off";

  const builds: SiteBuild[] = [];
  for (const cache of ["cold", second] as const) {
    if (cache === "one-edit") editOneStatement(contentDir);
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
      ...siteSize(outDir),
      shareImages: filesIn(path.join(outDir, "og"), ".png"),
      pdfs: filesIn(path.join(outDir, "leaflets"), ".pdf"),
      leafletReport: leafletReport(run.output),
      phases: buildPhases(run.output),
      logFile,
    });
    if (run.status !== 0) break;
  }
  return builds;
}

/** Every file in a built site and their total size in bytes (as the build reports them), and the largest pages. */
function siteSize(outDir: string): Pick<SiteBuild, "files" | "bytes" | "largestPages"> {
  if (!existsSync(outDir)) return { files: 0, bytes: 0, largestPages: [] };
  const pages = htmlPagesIn(outDir).map((page) => ({ page, bytes: statSync(path.join(outDir, page)).size }));
  return {
    ...publishedSize(outDir),
    largestPages: pages.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}

/**
 * The edit an editor makes most: the newest English statement is retitled. Its
 * page, share image, leaflet and PDFs, the lists and feeds that show it, and
 * its translations' "may be out of date" notices all change.
 */
export function editOneStatement(contentDir: string): string {
  const folder = path.join(contentDir, "statements", "en");
  let newest: { file: string; published: string } | undefined;
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".mdx") && !file.startsWith("_"))) {
    const text = readFileSync(path.join(folder, name), "utf8");
    const published = /^published:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? "";
    if (!newest || published > newest.published) newest = { file: path.join(folder, name), published };
  }
  if (!newest) throw new Error(`No English statement in ${folder} to edit`);
  const text = readFileSync(newest.file, "utf8");
  const edited = text.replace(/^title:\s*(.+)$/m, (_, value: string) => {
    const title = value.startsWith('"') ? (JSON.parse(value) as string) : value.trim();
    return `title: ${JSON.stringify(`${title.slice(0, 78)} (revised)`)}`;
  });
  if (edited === text) throw new Error(`${newest.file} has no title line to edit`);
  writeFileSync(newest.file, edited);
  return newest.file;
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
