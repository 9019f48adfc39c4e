/**
 * `npm run leaflets`: prints the leaflets of an already built site again, into
 * dist/leaflets/. `npm run build` already does this as part of the build;
 * this is for re-printing, and for timing the PDFs on their own.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { publishedAddress } from "../src/site/address.ts";
import { loadSettings } from "../src/site/settings.ts";
import { buildCacheDir } from "../src/build/cache-file.ts";
import { outputFolder } from "../src/site/environment.ts";
import { NoChromiumError } from "./lib/chromium.ts";
import { describeReport, printLeaflets, TOO_LONG_ADVICE } from "./lib/print-leaflets.ts";

const outDir = outputFolder();
const cacheDir = buildCacheDir("leaflets");

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(path.join(outDir, "index.html")))
  fail(`No built site in ${outDir}: run npm run build first.`);

try {
  const report = await printLeaflets({ outDir, base: publishedAddress(loadSettings()).base, cacheDir });
  console.log(`Leaflets: ${describeReport(report)}`);
  if (report.tooLong.length > 0) fail(`\n${report.tooLong.join("\n")}\n\n${TOO_LONG_ADVICE}`);
} catch (error) {
  if (!(error instanceof NoChromiumError)) throw error;
  fail(`${error.message}\nLeaflets are printed to PDF by Chromium; nothing was written.`);
}
