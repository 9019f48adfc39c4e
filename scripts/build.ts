/**
 * `npm run build`: builds the site, prints its leaflets to PDF, and only then
 * moves the result to dist/. Both happen in a staging folder: a failed build
 * (broken content, a leaflet too long for its paper, no Chromium) leaves the
 * last good dist/ exactly as it was, so nothing half-built can be uploaded.
 *
 * CAMPAIGN_LEAFLETS=off builds without PDFs, for hosts whose build machines
 * have no Chromium; the leaflets page then links to the printable pages instead.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { publishedAddress } from "../src/site/address.ts";
import { loadSettings } from "../src/site/settings.ts";
import { buildCacheDir } from "../src/build/cache-file.ts";
import { leafletPdfsWanted, outputFolder } from "../src/site/environment.ts";
import { NoChromiumError } from "./lib/chromium.ts";
import { describeReport, printLeaflets, TOO_LONG_ADVICE } from "./lib/print-leaflets.ts";

const outDir = outputFolder();
const cacheDir = buildCacheDir();
const withLeaflets = leafletPdfsWanted();
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

function fail(reason: string, status = 1): never {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir)
    ? `${path.relative(".", outDir)}/ still holds the last good build`
    : "nothing was written";
  console.error(`${reason ? `\n${reason}\n` : ""}\nBuild failed: nothing was published (${kept}).`);
  process.exit(status);
}

rmSync(staging, { recursive: true, force: true });
// Vite reads these names from the environment when pages are rendered; a
// stray DEV=1 (vitest exports one) would make the build publish drafts.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1" };
for (const reserved of ["DEV", "PROD", "SSR", "MODE", "BASE_URL"]) delete env[reserved];

const astro = path.resolve("node_modules/astro/bin/astro.mjs");
const result = spawnSync(process.execPath, [astro, "build", "--outDir", staging, ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
if (result.status !== 0 || !existsSync(path.join(staging, "index.html"))) fail("", result.status || 1);

if (withLeaflets) {
  try {
    const report = await printLeaflets({
      outDir: staging,
      base: publishedAddress(loadSettings()).base,
      cacheDir: path.join(cacheDir, "leaflets"),
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

// Swap in the new build with renames, so dist/ is never half old, half new.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt into ${path.relative(".", outDir) || outDir}/.`);
