/**
 * `npm run build`: builds the site into a staging folder and only moves it to
 * dist/ when the whole build succeeded. A failed build leaves the last good
 * dist/ exactly as it was, so nothing half-built can be uploaded by mistake.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

const outDir = path.resolve(process.env["CAMPAIGN_OUT_DIR"] ?? "dist");
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

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

if (result.status !== 0 || !existsSync(path.join(staging, "index.html"))) {
  rmSync(staging, { recursive: true, force: true });
  const kept = existsSync(outDir)
    ? `${path.relative(".", outDir)}/ still holds the last good build`
    : "nothing was written";
  console.error(`\nBuild failed: nothing was published (${kept}).`);
  process.exit(result.status || 1);
}

// Swap in the new build with renames, so dist/ is never half old, half new.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt into ${path.relative(".", outDir) || outDir}/.`);
