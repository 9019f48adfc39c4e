import path from "node:path";

/**
 * Every environment variable the project reads, in one place. Editors never
 * need them: they are for deployments, tests and the bench, which build the
 * site somewhere other than this folder's defaults. Each reader takes the
 * environment as an argument, so a test can pass its own.
 */
type Environment = NodeJS.ProcessEnv;

/** CAMPAIGN_CONTENT_DIR: the content folder; tests point it at fixture sites. Default content/. */
export const contentFolder = (env: Environment = process.env): string =>
  path.resolve(env["CAMPAIGN_CONTENT_DIR"] ?? "content");

/**
 * CAMPAIGN_SITE_URL: the address to publish at, instead of settings.yaml's `url` (GitHub Pages
 * or a preview host). Undefined when unset or blank.
 */
export function siteUrlOverride(env: Environment = process.env): string | undefined {
  const value = env["CAMPAIGN_SITE_URL"];
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** CAMPAIGN_LEAFLETS=off: build without leaflet PDFs, on a host with no Chromium. */
export const leafletPdfsWanted = (env: Environment = process.env): boolean =>
  env["CAMPAIGN_LEAFLETS"] !== "off";

/**
 * CAMPAIGN_ZIP_LEAFLETS=on: put the leaflet PDFs the reading pages link to into each language's
 * offline zip. Off by default: they weigh several times what the pages do (about 1.3 MB a language
 * for the sample site, against 170 KB), and the zip is for reading.
 */
export const leafletPdfsInZip = (env: Environment = process.env): boolean =>
  env["CAMPAIGN_ZIP_LEAFLETS"] === "on";

/**
 * CAMPAIGN_WEB_EDITOR=off: build without the web editor at /admin/. The fixture builds of the tests
 * use it (bundling the editor costs a second or more a build, and its own tests build it);
 * a published site always has it.
 */
export const webEditorWanted = (env: Environment = process.env): boolean =>
  env["CAMPAIGN_WEB_EDITOR"] !== "off";

/**
 * CAMPAIGN_CACHE_DIR: where build caches live (Astro's own, share images, leaflet fonts and PDFs,
 * QR codes). Default .cache/campaign/ in the project: outside node_modules/, which `npm ci`
 * deletes, so a deployment can keep it from one build to the next (README, "Publishing"). Tests
 * and the bench give each build its own.
 */
export const cacheFolder = (env: Environment = process.env): string =>
  path.resolve(env["CAMPAIGN_CACHE_DIR"] || path.join(".cache", "campaign"));

/** CAMPAIGN_OUT_DIR: where `npm run build` publishes and `npm run leaflets` prints. Default dist/. */
export const outputFolder = (env: Environment = process.env): string =>
  path.resolve(env["CAMPAIGN_OUT_DIR"] ?? "dist");

/** CHROMIUM_PATH: the Chromium that prints leaflets and runs the browser tests. */
export const chromiumExecutable = (env: Environment = process.env): string =>
  env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * CAMPAIGN_BUILD_TIMEOUT: the most seconds `npm run build` lets Astro run before stopping it, so a
 * build that hangs fails instead of waiting forever (see scripts/lib/run-with-watchdog.ts). Default
 * 1800 (half an hour: a thousand statements build in under a minute).
 */
export function buildTimeoutSeconds(env: Environment = process.env): number {
  const value = Number(env["CAMPAIGN_BUILD_TIMEOUT"]);
  return Number.isFinite(value) && value > 0 ? value : 1800;
}

/**
 * INIT_CWD: set by npm to the folder a command was typed in (npm runs scripts from the project
 * folder), so `npm run clean-photos -- images/march.jpg` finds the file the editor meant.
 */
export const invocationFolder = (env: Environment = process.env): string => env["INIT_CWD"] ?? process.cwd();
