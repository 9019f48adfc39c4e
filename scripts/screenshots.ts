/**
 * `npm run screenshots -- /path/ /other/`: photographs built pages at phone
 * and desktop widths, in light and dark mode, into screenshots/ (not in git).
 * Build first. Uses Debian's Chromium; nothing is downloaded.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { publishedAddress } from "../src/site/address.ts";
import { loadSettings } from "../src/site/settings.ts";
import { startPreview } from "./lib/preview.ts";
import { chromiumPath, chromiumArgs, CHROMIUM_STEP_LIMIT_MS, withinLimit } from "./lib/chromium.ts";

const paths = process.argv.slice(2).filter((arg) => arg.startsWith("/"));
if (paths.length === 0) paths.push("/");
const outDir = "screenshots";
mkdirSync(outDir, { recursive: true });

// Paths are given from the site's root; a site built for a folder is served under it.
const preview = await startPreview("dist", publishedAddress(loadSettings()).base);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
  timeout: CHROMIUM_STEP_LIMIT_MS,
});
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(new URL(path.replace(/^\//, ""), preview.url).href);
        const name = `${path.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home"}-${width}-${scheme}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
        console.log(`${outDir}/${name}`);
      }
      await page.close();
    }
  }
} finally {
  preview.stop();
  // Opening and photographing a page give up after Playwright's 30 s; closing has no limit of its own.
  await withinLimit("close", browser.close()).catch(() => undefined);
}
// Playwright ends a browser that did not close when this process exits.
process.exit(0);
