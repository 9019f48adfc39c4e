/**
 * Prints every leaflet page of a built site to PDF in Debian's Chromium, in
 * each paper size, into <outDir>/leaflets/<lang>/. Used by the build
 * (scripts/build.ts prints into its staging folder, so the PDFs are part of
 * the one atomic build) and by `npm run leaflets`.
 *
 * - One browser for all leaflets. A PDF whose leaflet page and paper are
 *   unchanged is copied from the cache instead of printed.
 * - A leaflet whose text does not fit its paper is reported, naming the
 *   content file and the size; nothing is cut off silently.
 * - Print-shop copies (-bleed.pdf) have 3 mm of bleed on every side, with the
 *   PDF's TrimBox and BleedBox set so a print shop's software finds the cut.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { chromium, type Browser, type Page } from "playwright-core";
import { BLEED_MM, BLEED_SIZES, LEAFLET_SIZES, leafletPdfFile, PAPER } from "../../src/lib/leaflet-paper.ts";
import { chromiumArgs, chromiumPath, CHROMIUM_STEP_LIMIT_MS, withinLimit } from "./chromium.ts";
import { startPreview } from "./preview.ts";

const MM = 72 / 25.4;
// Bump when the way PDFs are made changes, so cached PDFs are not reused.
const PDF_VERSION = "1";

export interface PrintOptions {
  /** The built site to print from and into. */
  outDir: string;
  /** The folder the site is built for ("/" or "/campaign/"), so its own addresses work. */
  base: string;
  /** Where unchanged PDFs are kept between builds. */
  cacheDir: string;
}

export interface PrintReport {
  leaflets: number;
  printed: number;
  reused: number;
  seconds: number;
  /** One line per leaflet and paper size whose text does not fit. */
  tooLong: string[];
}

/** One line on what a print run did: "168 PDFs for 24 leaflets (3 printed, 165 unchanged) in 2.1 s." */
export const describeReport = (report: PrintReport) =>
  `${report.printed + report.reused} PDFs for ${report.leaflets} leaflets (${report.printed} printed, ${report.reused} unchanged) in ${report.seconds.toFixed(1)} s.`;

/** What editors are told when a leaflet does not fit its paper. */
export const TOO_LONG_ADVICE =
  "Shorten the text, or give the entry shorter leaflet text in its frontmatter:\n" +
  "  leaflet:\n    headline: …\n    points: [3 to 5 short points]\n    callToAction: …";

/** Every leaflet page in the build, with its language and file name. */
function leafletPages(outDir: string): { urlPath: string; lang: string; slug: string }[] {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .flatMap((file) => {
      const match = /^(?:([a-z]{2,3})\/)?leaflets\/(?:statements|actions)\/([^/]+)\/index\.html$/.exec(file);
      return match
        ? [{ urlPath: file.slice(0, -"index.html".length), lang: match[1] ?? "", slug: match[2] ?? "" }]
        : [];
    });
}

/** Marks the print-shop copy's cut: TrimBox inside 3 mm of bleed, BleedBox the whole page. */
async function setPrintBoxes(pdf: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf);
  for (const page of document.getPages()) {
    const { width, height } = page.getSize();
    page.setBleedBox(0, 0, width, height);
    page.setTrimBox(BLEED_MM * MM, BLEED_MM * MM, width - 2 * BLEED_MM * MM, height - 2 * BLEED_MM * MM);
  }
  return document.save();
}

/**
 * What a sheet's PDFs depend on: its HTML, the stylesheets and images it
 * loads (the QR code is one) and the leaflet fonts, plus how PDFs are made.
 * Read from the built files, so it is known before Chromium opens anything.
 */
function sheetFingerprint(outDir: string, base: string, urlPath: string): string {
  const html = readFileSync(path.join(outDir, urlPath, "index.html"));
  const hash = createHash("sha256").update(`${PDF_VERSION}\n`).update(html);
  const loaded = /<link rel="stylesheet" href="([^"]+)"|<img\b[^>]*?\ssrc="([^"]+)"/g;
  for (const [, stylesheet, image] of html.toString("utf8").matchAll(loaded)) {
    const href = stylesheet ?? image ?? "";
    const file = path.join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
    hash.update(href).update(existsSync(file) ? readFileSync(file) : "missing");
  }
  return hash.update(fontsFingerprint(outDir)).digest("hex");
}

const fontFingerprints = new Map<string, string>();
function fontsFingerprint(outDir: string): string {
  let fingerprint = fontFingerprints.get(outDir);
  if (fingerprint === undefined) {
    const fonts = path.join(outDir, "leaflets", "fonts");
    const hash = createHash("sha256");
    for (const file of existsSync(fonts) ? readdirSync(fonts).sort() : []) {
      hash.update(file).update(readFileSync(path.join(fonts, file)));
    }
    fingerprint = hash.digest("hex");
    fontFingerprints.set(outDir, fingerprint);
  }
  return fingerprint;
}

/** The PDFs a sheet gave last time: cache file and place in the site, for each paper. */
function readManifest(file: string): { cached: string; target: string }[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { cached: string; target: string }[];
  } catch {
    return undefined;
  }
}

function copyInto(outDir: string, cached: string, target: string): void {
  const file = path.join(outDir, target);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(cached, file);
}

/** Prints every leaflet. Throws when there is no Chromium, before writing anything. */
export async function printLeaflets({ outDir, base, cacheDir }: PrintOptions): Promise<PrintReport> {
  const executablePath = chromiumPath();
  const started = performance.now();
  const preview = await startPreview(outDir, base);
  // Chromium starts only when some sheet is not in the cache yet.
  let browser: Browser | undefined;
  let page: Page | undefined;
  const tooLong: string[] = [];
  let printed = 0;
  let reused = 0;
  const pages = leafletPages(outDir);

  try {
    for (const leaflet of pages) {
      // A sheet whose HTML, styles and fonts are unchanged gives the same PDFs: copy them
      // without opening the sheet at all (opening and measuring took 0.2 s a sheet).
      const sheetKey = sheetFingerprint(outDir, base, leaflet.urlPath);
      const manifestFile = path.join(cacheDir, `${sheetKey}.json`);
      const known = readManifest(manifestFile);
      if (known && known.every(({ cached }) => existsSync(cached))) {
        for (const { cached, target } of known) copyInto(outDir, cached, target);
        reused += known.length;
        continue;
      }
      if (!browser || !page) {
        browser = await chromium.launch({
          executablePath,
          args: chromiumArgs,
          timeout: CHROMIUM_STEP_LIMIT_MS,
        });
        page = await withinLimit("open a page", browser.newPage());
        // Every wait below (opening a sheet, reading it) gives up after the same limit.
        page.setDefaultTimeout(CHROMIUM_STEP_LIMIT_MS);
        await page.emulateMedia({ media: "print" });
      }
      const made: { cached: string; target: string }[] = [];
      await page.goto(new URL(leaflet.urlPath, preview.url).href);
      const lang = leaflet.lang || ((await page.locator("html").getAttribute("lang")) ?? "");
      const sourceFile = (await page.locator("html").getAttribute("data-source-file")) ?? leaflet.urlPath;
      const jobs = [
        ...LEAFLET_SIZES.map((size) => ({ size, bleed: false })),
        ...BLEED_SIZES.map((size) => ({ size, bleed: true })),
      ];
      for (const { size, bleed } of jobs) {
        const overflow = await withinLimit(
          "measure a leaflet",
          page.evaluate(
            ({ size, bleed }) => {
              const html = document.documentElement;
              html.dataset["size"] = size;
              if (bleed) html.dataset["bleed"] = "";
              else delete html.dataset["bleed"];
              document.querySelectorAll("[data-copy-of-sheet]").forEach((copy) => copy.remove());
              const sheet = document.querySelector<HTMLElement>(".leaflet-sheet");
              if (!sheet) return 0;
              if (size === "a5-2up") {
                const copy = sheet.cloneNode(true) as HTMLElement;
                copy.dataset["copyOfSheet"] = "";
                sheet.after(copy);
              }
              return sheet.scrollHeight - sheet.clientHeight;
            },
            { size, bleed },
          ),
        );
        if (overflow > 1) {
          // The print-shop copy has the same room for text; saying so twice would not help.
          if (!bleed) tooLong.push(`${sourceFile}: the leaflet does not fit on ${size.toUpperCase()} paper`);
          continue;
        }
        const [widthMm, heightMm] = PAPER[size];
        const extra = bleed ? 2 * BLEED_MM : 0;
        const html = await withinLimit("read a leaflet", page.content());
        // The sheet's key stands for its stylesheets and fonts, which the page's HTML does not show.
        const key = createHash("sha256").update(`${sheetKey}\n${size}\n${bleed}\n${html}`).digest("hex");
        const cached = path.join(cacheDir, `${key}.pdf`);
        if (existsSync(cached)) {
          reused++;
        } else {
          let pdf: Uint8Array = await withinLimit(
            "print a PDF",
            page.pdf({
              width: `${widthMm + extra}mm`,
              height: `${heightMm + extra}mm`,
              printBackground: true,
              preferCSSPageSize: false,
              margin: { top: 0, right: 0, bottom: 0, left: 0 },
            }),
          );
          if (bleed) pdf = await setPrintBoxes(pdf);
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(`${cached}.tmp`, pdf);
          renameSync(`${cached}.tmp`, cached);
          printed++;
        }
        const target = leafletPdfFile({ lang, slug: leaflet.slug, size, bleed });
        copyInto(outDir, cached, target);
        made.push({ cached, target });
      }
      // Only a sheet that fitted every paper is remembered; one that did not is measured again.
      if (made.length === LEAFLET_SIZES.length + BLEED_SIZES.length) {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(manifestFile, JSON.stringify(made));
      }
    }
  } finally {
    preview.stop();
    // A browser that will not close is left to Playwright, which ends it when this process exits.
    if (browser) await withinLimit("close", browser.close()).catch(() => undefined);
  }
  const seconds = (performance.now() - started) / 1000;
  return { leaflets: pages.length, printed, reused, seconds, tooLong };
}
