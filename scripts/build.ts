/**
 * `npm run build`: builds the site, indexes it for search (src/build/search-index.ts), prints
 * its leaflets to PDF, makes the offline editions (src/build/offline/), and only then moves the result to
 * dist/. All of it happens in a staging folder: a failed build (broken content,
 * a leaflet too long for its paper, no Chromium) leaves the last good dist/
 * exactly as it was, so nothing half-built can be uploaded.
 *
 * CAMPAIGN_LEAFLETS=off builds without PDFs, for hosts whose build machines
 * have no Chromium; the leaflets page then links to the printable pages instead.
 *
 * Astro runs under a watchdog (lib/run-with-watchdog.ts): once it has decided
 * its exit code it is given a few seconds to end, and it never runs longer than
 * CAMPAIGN_BUILD_TIMEOUT, so a build always answers.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { canonicalAddress, publishedAddress } from "../src/site/address.ts";
import { loadSettings } from "../src/site/settings.ts";
import { buildCacheDir, removeUnusedSince } from "../src/build/cache-file.ts";
import { publishOfflineEditionsInWorker } from "../src/build/offline/in-worker.ts";
import { publishedSize } from "../src/build/published-size.ts";
import { removeFolder } from "../src/build/remove-folder.ts";
import { buildSearchIndex } from "../src/build/search-index.ts";
import { describeSize, hostLimitWarnings } from "../src/lib/host-limits.ts";
import {
  buildTimeoutSeconds,
  leafletPdfsInZip,
  leafletPdfsWanted,
  outputFolder,
} from "../src/site/environment.ts";
import { withoutReportFraming } from "./lib/astro-output.ts";
import { NoChromiumError } from "./lib/chromium.ts";
import { describeReport, launchChromium, printLeaflets, TOO_LONG_ADVICE } from "./lib/print-leaflets.ts";
import { runWithWatchdog } from "./lib/run-with-watchdog.ts";
import { startSearchWarmUp } from "./lib/search-warm-up.ts";

const outDir = outputFolder();
const withLeaflets = leafletPdfsWanted();
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

/**
 * Stops the steps that run beside others (the search index's warm-up, the offline editions'
 * worker) when one of them fails.
 */
const sideSteps = new AbortController();

function fail(reason: string, status = 1): never {
  // A worker still writing into the staging folder is stopped first; the retries cover a file it
  // was writing as it stopped, which would make the folder's removal fail.
  sideSteps.abort();
  removeFolder(staging);
  const kept = existsSync(outDir)
    ? `${path.relative(".", outDir)}/ still holds the last good build`
    : "nothing was written";
  console.error(`${reason ? `\n${reason}\n` : ""}\nBuild failed: nothing was published (${kept}).`);
  process.exit(status);
}

removeFolder(staging);
// Cache files this build neither writes nor reads are older than this; once it succeeds they go.
const startedAt = Date.now();
// Vite reads these names from the environment when pages are rendered; a
// stray DEV=1 (vitest exports one) would make the build publish drafts.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1" };
for (const reserved of ["DEV", "PROD", "SSR", "MODE", "BASE_URL"]) delete env[reserved];

// Astro's first line can take a while (45 s for 5,000 statements on a busy machine): say it started.
console.log(
  `Building the site${withLeaflets ? " and its leaflet PDFs" : ""}; nothing changes in ${path.relative(".", outDir) || outDir}/ until it is all done.`,
);
// The search index is prepared from the content files while Astro builds, and found ready in the
// cache by the search step below when the pages' records agree (src/build/search-warm-up.ts).
const searchWarmUp = startSearchWarmUp({
  env,
  limitMs: buildTimeoutSeconds() * 1000,
  signal: sideSteps.signal,
});
// Chromium starts now, so the leaflets find it ready once Astro is done. A build that fails leaves
// it to Playwright, which ends it and removes its profile when this process exits. (Without
// Chromium, the leaflets step says so, with what to do.)
const browser = withLeaflets ? launchChromium() : undefined;
browser?.catch(() => undefined);
const astro = path.resolve("node_modules/astro/bin/astro.mjs");
// Astro's stderr goes through a filter that leaves a content-check report without Astro's framing.
const stderr = withoutReportFraming((line) => process.stderr.write(`${line}\n`));
const result = await runWithWatchdog(astro, ["build", "--outDir", staging, ...process.argv.slice(2)], {
  env,
  limitMs: buildTimeoutSeconds() * 1000,
  name: "astro build",
  onStderrLine: stderr.line,
});
stderr.end();
if (result.ended === "timed-out" || result.status !== 0 || !existsSync(path.join(staging, "index.html"))) {
  // Astro keeps each page it renders for the next build to copy, and only names them in its list
  // once every page is done. A build that failed while rendering has left pages the list does not
  // describe: the next build renders everything rather than copy one of them. (One the content
  // check stopped rendered nothing, and keeps the list.)
  const rendered =
    existsSync(staging) &&
    readdirSync(staging, { recursive: true, encoding: "utf8" }).some((file) => file.endsWith(".html"));
  if (rendered) rmSync(buildCacheDir("astro", "incremental-build.json"), { force: true });
  if (result.ended === "timed-out")
    fail(`Set CAMPAIGN_BUILD_TIMEOUT (seconds, now ${buildTimeoutSeconds()}) if this site needs longer.`);
  fail("", result.status || 1);
}

// Search, leaflets and offline editions each read the pages Astro wrote and write files of their
// own, so they run side by side: Pagefind indexes in a process of its own, Chromium prints, and
// the offline editions are made in a worker thread (after the leaflets only when the zips hold
// the PDFs). Search is part of the site: an index that cannot be made fails the build like a
// broken page. The search step starts once the warm-up is done with the cache.
const settings = loadSettings();
const searchIndexed = searchWarmUp
  .finished()
  .then((warmedUp) => {
    if (warmedUp) console.log(warmedUp);
    return buildSearchIndex({
      outDir: staging,
      languages: settings.languages.map(({ code }) => code),
      defaultLanguage: settings.defaultLanguage,
      limitMs: buildTimeoutSeconds() * 1000,
      cacheDir: buildCacheDir("search-index"),
    });
  })
  .then(
    (report) => {
      const counts = Object.entries(report.records).map(([lang, count]) => `${lang} ${count}`);
      console.log(`Search index: ${counts.join(", ")} pages (${report.seconds.toFixed(1)} s).`);
      return undefined;
    },
    (error: unknown) => `Making the search index failed: ${(error as Error).message}`,
  );
/** Makes the offline editions in a worker thread, and says so as soon as they are done. */
const offlineEditions = async () => {
  const started = performance.now();
  const reports = await publishOfflineEditionsInWorker(
    {
      outDir: staging,
      settings,
      base: publishedAddress(settings).base,
      canonicalSite: canonicalAddress(settings).site,
      withLeafletPdfs: leafletPdfsInZip(),
      cacheDir: buildCacheDir("offline-zips"),
    },
    buildTimeoutSeconds() * 1000,
    sideSteps.signal,
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const sizes = reports.map(
    ({ lang, edition, zip }) => `${lang} ${kb(edition.gzipBytes)} compressed, zip ${kb(zip.bytes)}`,
  );
  const pages = reports.reduce((sum, { zip }) => sum + zip.pages, 0);
  const reused = reports.reduce((sum, { zip }) => sum + zip.reused, 0);
  console.log(
    `Offline editions: ${sizes.join("; ")} (${((performance.now() - started) / 1000).toFixed(1)} s, ${reused} of ${pages} pages from the cache).`,
  );
};
const offlineMade = leafletPdfsInZip() ? undefined : offlineEditions();
// A failure is reported once the leaflets are done, with the step's own message.
offlineMade?.catch(() => undefined);

if (withLeaflets) {
  try {
    const report = await printLeaflets({
      outDir: staging,
      base: publishedAddress(settings).base,
      cacheDir: buildCacheDir("leaflets"),
      browser,
    });
    if (report.tooLong.length > 0) fail(`${report.tooLong.join("\n")}\n\n${TOO_LONG_ADVICE}`);
    console.log(`Leaflets: ${describeReport(report)}`);
  } catch (error) {
    if (error instanceof NoChromiumError) {
      fail(
        `${error.message}\nLeaflets are printed to PDF by Chromium. To publish without PDFs, build with CAMPAIGN_LEAFLETS=off.`,
      );
    }
    fail(`Printing the leaflets failed: ${(error as Error).stack ?? String(error)}`);
  }
}

try {
  // After the leaflets when a zip holds them (CAMPAIGN_ZIP_LEAFLETS=on).
  await (offlineMade ?? offlineEditions());
} catch (error) {
  fail(`Making the offline editions failed: ${(error as Error).stack ?? String(error)}`);
}

const searchFailure = await searchIndexed;
if (searchFailure) fail(searchFailure);

// Share images no page of this build uses (retitled or deleted entries) leave the cache, so a
// cache kept between deploys stays the size of the site. (The leaflet printer and the QR codes
// keep only what they used already.)
const unused = await removeUnusedSince(buildCacheDir("share-images"), startedAt);
if (unused > 0) console.log(`Build cache: removed ${unused} share images no page uses any more.`);
// The zips' caches keep only what this build used already; a language or short name that is gone
// leaves a whole file behind.
await removeUnusedSince(buildCacheDir("offline-zips"), startedAt);

// What a deploy will upload, against what hosts accept: a site outgrowing a host is told so here,
// not by a failed upload.
const size = publishedSize(staging);
console.log(`Publishing ${describeSize(size)}.`);
for (const warning of hostLimitWarnings(size)) console.warn(`Warning: ${warning}`);

// Swap in the new build with renames, so dist/ is never half old, half new.
// The last build's old copy may still be going, deleted in the background (below): removeFolder
// finishes the job, so the rename never meets a folder that is still there.
removeFolder(previous);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
console.log(`\nBuilt into ${path.relative(".", outDir) || outDir}/.`);
// The old copy is deleted by a process of its own, so the build ends now: deleting a site of
// 22,000 files took 60 s of a rebuild on a busy machine. (The next build deletes whatever is left.)
if (existsSync(previous)) {
  spawn(
    process.execPath,
    ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", previous],
    {
      detached: true,
      stdio: "ignore",
    },
  ).unref();
}
// Done: nothing left open (a preview server, a browser) may keep the command waiting.
process.exit(0);
