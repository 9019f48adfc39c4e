/**
 * `npm run bench`: the speed report of issue 7. Page weights against the byte
 * budgets, build time and memory for the sample site and generated sites of
 * 100 and 1000 statements (cold and warm, with and without share images),
 * time per share image and per leaflet PDF, growth with the number of
 * statements, and Lighthouse scores; then generated archives of 1,000 and
 * 5,000 statements built as a deploy builds them (share images and PDFs), cold
 * and after one edit, against issue 16's goals (time, memory, files and MB
 * published, the longest silence) with the growth per statement, and a first search in each
 * language of the sample and of each archive. A report, not a test: budgets print
 * PASS or FAIL but never change the exit code (tests/site/budgets.test.ts
 * asserts the byte budgets). Everything it builds goes to a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { publishedAddress } from "../src/site/address.ts";
import { loadSettings } from "../src/site/settings.ts";
import { runBuildMatrix, runScaleBuilds } from "./bench/build-matrix.ts";
import { buildsTable, growthReport } from "./bench/builds-report.ts";
import { firstSearches } from "./bench/first-search.ts";
import { firstSearchReport, SEARCH_WORDS } from "./bench/first-search-report.ts";
import { offlineReport } from "./bench/offline-report.ts";
import { leafletPdfReport, shareImageReport } from "./bench/unit-costs-report.ts";
import { lighthouseReport } from "./bench/lighthouse-report.ts";
import { lighthouseScores, type LighthouseResult } from "./bench/lighthouse-scores.ts";
import { benchOptions, USAGE } from "./bench/options.ts";
import { waitForQuietMachine } from "./bench/quiet-machine.ts";
import { scaleGoalsReport } from "./bench/scale-goals-report.ts";
import { scaleReport } from "./bench/scale-report.ts";
import { timeShareImages } from "./bench/share-image-timing.ts";
import { selectBuilds, type SiteBuild } from "./bench/site-build.ts";
import { weighSite } from "./bench/site-pages.ts";
import { representativePages, weightsReport } from "./bench/weights-report.ts";

const options = benchOptions(process.argv.slice(2));
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

// The project built and measured: this working tree, or another checkout (--project) measured by
// this same bench, to compare before and after a change in the same conditions.
const root = path.resolve(options.project ?? path.join(import.meta.dirname, ".."));
const sampleContent = path.join(root, "content");
const settings = loadSettings();
const { base } = publishedAddress(settings);
const languages = settings.languages.map((language) => language.code);
const work = mkdtempSync(path.join(tmpdir(), "campaign-bench-"));
const progress = (message: string) => console.error(`[bench] ${message}`);
const section = (text: string) => console.log(`\n${text}`);

console.log(
  [
    `Campaign site bench, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `  commit ${gitDescription()}, Node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}`,
  ].join("\n"),
);

try {
  if (!options.scaleOnly) await benchSampleAndSizes();
  if (options.scaleSizes.length > 0) {
    const scaled = await runScaleBuilds({
      root,
      work,
      sizes: options.scaleSizes,
      maxWaitSeconds: options.maxWaitSeconds,
      progress,
    });
    section(scaleGoalsReport(scaled));
    // After the one-edit build, each archive's output is still there to search.
    for (const build of scaled.filter(({ cache, status }) => cache === "one-edit" && status === 0)) {
      progress(`searching once in each language of ${build.site}`);
      section(firstSearchReport(await firstSearches(build.outDir, base, searchesIn(languages)), build.site));
    }
    if (scaled.some((build) => build.status !== 0)) {
      section("A default build failed, so some figures are missing: see the logs named above (kept).");
      options.keep = true;
      process.exitCode = 1;
    }
  }
} finally {
  if (options.keep) console.log(`\nBuilds and logs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** A first search on each language's search page, with words its content has. */
function searchesIn(codes: readonly string[]) {
  return codes.map((lang) => ({
    lang,
    path: `${base}${lang === settings.defaultLanguage ? "" : `${lang}/`}search/`,
    words: SEARCH_WORDS[lang] ?? "",
  }));
}

function gitDescription(): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** Page weights, the build matrix (sample site and --sizes), unit costs and Lighthouse. */
async function benchSampleAndSizes(): Promise<void> {
  progress("timing the share-image renderer");
  await waitForQuietMachine(options.maxWaitSeconds);
  const renderer = await timeShareImages(sampleContent, languages);

  const builds: SiteBuild[] = options.builds
    ? await runBuildMatrix({
        root,
        work,
        sizes: options.sizes,
        leafletPdfs: options.leafletPdfs,
        repeat: options.repeat,
        maxWaitSeconds: options.maxWaitSeconds,
        progress,
      })
    : [];

  // Weighed: the site the bench built from content/, as npm run build makes it, unless told otherwise.
  const [sampleBuild] = selectBuilds(builds, { site: "sample", cache: "cold", shareImages: true }).sort(
    (a, b) => Number(b.variant.leaflets) - Number(a.variant.leaflets),
  );
  const siteDir = path.resolve(options.site ?? sampleBuild?.outDir ?? path.join(root, "dist"));
  const siteLabel =
    options.site ??
    (sampleBuild
      ? `the sample site as built above${sampleBuild.variant.leaflets ? "" : " (leaflet PDFs off)"}`
      : "dist/");
  progress(`weighing every page of ${siteLabel}`);
  const weights = weighSite(siteDir, base);
  if (weights.length === 0) section(`No built site in ${siteDir}: nothing to weigh.`);
  else {
    section(`Weighed: ${siteLabel}\n\n${weightsReport(weights, languages)}`);
    section(offlineReport(siteDir, languages));
    progress("searching once in each language");
    section(firstSearchReport(await firstSearches(siteDir, base, searchesIn(languages)), siteLabel));
  }

  if (builds.length > 0) {
    section(buildsTable(builds, options.repeat));
    section(growthReport(builds));
    section(shareImageReport(renderer, builds));
    section(leafletPdfReport(builds));
    section(scaleReport(builds, base));
  } else section(shareImageReport(renderer, []));

  if (options.lighthouse && weights.length > 0) {
    const pages = representativePages(
      weights,
      languages.filter((lang) => lang !== "es"),
    ).map(({ type, weight }) => ({
      label: `${type} ${weight.lang}`,
      path: weight.page.replace(/index\.html$/, ""),
    }));
    progress(`running Lighthouse on ${pages.length} pages`);
    let results: LighthouseResult[] | undefined;
    try {
      results = await lighthouseScores(siteDir, base, pages, options.lighthouseRuns);
    } catch (error) {
      section(`Lighthouse could not run: ${(error as Error).message}`);
    }
    if (results) section(`${lighthouseReport(results)}\n  Site: ${siteLabel}`);
  }

  if (builds.some((build) => build.status !== 0)) {
    section("Some builds failed, so some figures are missing: see the logs named above (kept).");
    options.keep = true;
    process.exitCode = 1;
  }
}
