/**
 * Prints every leaflet page of a built site to PDF in Debian's Chromium, in
 * each paper size, into <outDir>/leaflets/<lang>/. Used by the build
 * (scripts/build.ts prints into its staging folder, so the PDFs are part of
 * the one atomic build) and by `npm run leaflets`.
 *
 * - Only the sheets the site marks data-pdf (lib/leaflet-pdf-selection.ts:
 *   current actions, newest statements) are printed; the others stay
 *   printable pages, so the site's size does not grow with its PDFs.
 * - One browser, with a page for each core, each printing a sheet at a time;
 *   every step in it has a time limit. A PDF whose leaflet page and paper are
 *   unchanged is copied from the cache instead of printed, and the cache keeps
 *   only what the last run used, so a cache kept between deploys stays small.
 * - A progress line every few seconds (done / total, rate), so a long run is
 *   never silent.
 * - A leaflet whose text does not fit its paper is reported, naming the
 *   content file and the size; nothing is cut off silently.
 * - Print-shop copies (-bleed.pdf) have 3 mm of bleed on every side, with the
 *   PDF's TrimBox and BleedBox set so a print shop's software finds the cut.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { chromium, type Browser, type Page } from "playwright-core";
import { BLEED_MM, BLEED_SIZES, LEAFLET_SIZES, leafletPdfFile, PAPER } from "../../src/lib/leaflet-paper.ts";
import { duration } from "../../src/build/progress.ts";
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
  /** Chromium pages printing at once. Default: one per core. */
  workers?: number;
  /** Receives a progress line every few seconds. Default: printed to stdout. */
  progress?: (line: string) => void;
  /** How often progress is reported, in milliseconds. Default 3 s. */
  progressEveryMs?: number;
  /**
   * A Chromium started earlier with launchChromium, which the printer then uses and closes.
   * Without one, it starts its own once it knows a sheet must be printed.
   */
  browser?: Promise<Browser> | undefined;
}

export interface PrintReport {
  /** Leaflets printed to PDF (or copied from the cache). */
  leaflets: number;
  /** Leaflets the site offers as printable sheets only. */
  sheetsOnly: number;
  /** Chromium pages that printed at once. */
  workers: number;
  printed: number;
  reused: number;
  seconds: number;
  /** One line per leaflet and paper size whose text does not fit. */
  tooLong: string[];
}

/**
 * One line on what a print run did: "168 PDFs for 24 leaflets (3 printed, 165 unchanged) in 2.1 s,
 * 2 pages at once; 10 more leaflets are printable sheets only." (The bench reads its start.)
 */
export const describeReport = (report: PrintReport) =>
  `${report.printed + report.reused} PDFs for ${report.leaflets} leaflets (${report.printed} printed, ${report.reused} unchanged) in ${report.seconds.toFixed(1)} s` +
  (report.printed > 0 ? `, ${report.workers} ${report.workers === 1 ? "page" : "pages"} at once` : "") +
  (report.sheetsOnly > 0 ? `; ${report.sheetsOnly} more leaflets are printable sheets only.` : ".");

/** What editors are told when a leaflet does not fit its paper. */
export const TOO_LONG_ADVICE =
  "Shorten the text, or give the entry shorter leaflet text in its frontmatter:\n" +
  "  leaflet:\n    headline: …\n    points: [3 to 5 short points]\n    callToAction: …";

interface Sheet {
  urlPath: string;
  lang: string;
  slug: string;
  /** Whether the site marked it for PDFs (data-pdf on its <html>). */
  pdf: boolean;
}

/** Every leaflet page in the build, with its language and file name. */
function leafletPages(outDir: string): Sheet[] {
  // Only the leaflet folders are listed (the default language's, and those of folders named like a
  // language code): a walk of the whole site took 0.4 s at 5,000 statements, in the steps after Astro.
  const languages = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name))
    .map((entry) => entry.name);
  return ["", ...languages]
    .flatMap((lang) =>
      ["statements", "actions"].flatMap((kind) => {
        const folder = path.join(outDir, lang, "leaflets", kind);
        if (!existsSync(folder)) return [];
        return readdirSync(folder).flatMap((slug) => {
          const urlPath = `${lang ? `${lang}/` : ""}leaflets/${kind}/${slug}/`;
          const file = path.join(outDir, urlPath, "index.html");
          return existsSync(file) ? [{ urlPath, lang, slug, pdf: marksPdf(file) }] : [];
        });
      }),
    )
    .sort((a, b) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0));
}

/** Whether a sheet's <html> carries data-pdf: read from the file's start, where that tag is. */
function marksPdf(file: string): boolean {
  const start = Buffer.alloc(2048);
  const descriptor = openSync(file, "r");
  let head: string;
  try {
    head = start.toString("utf8", 0, readSync(descriptor, start, 0, start.length, 0));
  } finally {
    closeSync(descriptor);
  }
  // A start that ends inside the tag (a very long one) is settled by reading the whole file.
  if (!/<html\b[^>]*>/.test(head)) head = readFileSync(file, "utf8");
  return /<html\b[^>]*\sdata-pdf(?=[\s=>])/.test(head);
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

/** The papers each sheet is printed on: every size, then the print-shop copies. */
const JOBS = [
  ...LEAFLET_SIZES.map((size) => ({ size, bleed: false })),
  ...BLEED_SIZES.map((size) => ({ size, bleed: true })),
];

/** A PDF made from a sheet: where it is in the cache and where it goes in the site. */
interface Made {
  cached: string;
  target: string;
}

/**
 * Prints one sheet on every paper in an open page. Returns the PDFs made, and
 * the papers its text did not fit (then nothing is remembered for it).
 */
async function printSheet(
  page: Page,
  sheet: Sheet,
  sheetKey: string,
  { previewUrl, outDir, cacheDir }: { previewUrl: string; outDir: string; cacheDir: string },
  onPdf: (printed: boolean) => void,
): Promise<{ made: Made[]; tooLong: string[] }> {
  const made: Made[] = [];
  const tooLong: string[] = [];
  await page.goto(new URL(sheet.urlPath, previewUrl).href);
  const lang = sheet.lang || ((await page.locator("html").getAttribute("lang")) ?? "");
  const sourceFile = (await page.locator("html").getAttribute("data-source-file")) ?? sheet.urlPath;
  for (const { size, bleed } of JOBS) {
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
    const printed = !existsSync(cached);
    if (printed) {
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
    }
    const target = leafletPdfFile({ lang, slug: sheet.slug, size, bleed });
    copyInto(outDir, cached, target);
    made.push({ cached, target });
    onPdf(printed);
  }
  return { made, tooLong };
}

/**
 * Starts Debian's Chromium for printLeaflets. The build starts it while Astro is still at work:
 * on a busy 2-core machine, starting it took 1.8 s of the steps after Astro.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: CHROMIUM_STEP_LIMIT_MS,
  });
}

/**
 * Prints the leaflets the site marks for PDFs. Throws when there is no
 * Chromium (before writing anything) or when Chromium fails or stops answering.
 */
export async function printLeaflets({
  outDir,
  base,
  cacheDir,
  workers = availableParallelism(),
  progress = (line) => console.log(line),
  progressEveryMs = 3000,
  browser: earlyBrowser,
}: PrintOptions): Promise<PrintReport> {
  // Without Chromium, this fails here, before anything is written.
  chromiumPath();
  const started = performance.now();
  const sheets = leafletPages(outDir);
  const wanted = sheets.filter((sheet) => sheet.pdf);
  const total = wanted.length * JOBS.length;
  const tooLong: string[] = [];
  const used = new Set<string>();
  let printed = 0;
  let reused = 0;

  // A line now and then, never one per PDF: done / total, the printing rate, the time left.
  let lastReport = performance.now();
  let printStarted: number | undefined;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastReport < progressEveryMs) return;
    lastReport = now;
    const done = printed + reused;
    const elapsed = (now - (printStarted ?? now)) / 1000;
    const rate = elapsed > 0 ? printed / elapsed : 0;
    const left = total - done;
    // The first PDFs include starting Chromium: a rate from them would promise far too long.
    const settled = printed >= 4 * workers;
    progress(
      `  leaflets: ${done}/${total} PDFs (${printed} printed, ${reused} unchanged)` +
        (settled && rate > 0 ? `, ${rate.toFixed(1)} PDFs/s` : "") +
        (settled && rate > 0 && left > 0 ? `, about ${duration(left / rate)} left` : ""),
    );
  };

  // Sheets whose HTML, styles and fonts are unchanged give the same PDFs: copy them without
  // opening them at all (opening and measuring took 0.2 s a sheet).
  const toPrint: { sheet: Sheet; sheetKey: string }[] = [];
  for (const sheet of wanted) {
    const sheetKey = sheetFingerprint(outDir, base, sheet.urlPath);
    const manifestFile = path.join(cacheDir, `${sheetKey}.json`);
    const known = readManifest(manifestFile);
    if (known && known.every(({ cached }) => existsSync(cached))) {
      for (const { cached, target } of known) {
        copyInto(outDir, cached, target);
        used.add(cached);
      }
      used.add(manifestFile);
      reused += known.length;
      report();
    } else toPrint.push({ sheet, sheetKey });
  }

  const pool = Math.max(1, Math.min(workers, toPrint.length));
  if (toPrint.length === 0 && earlyBrowser) {
    // Started for nothing: every PDF was in the cache.
    await earlyBrowser.then((browser) => withinLimit("close", browser.close())).catch(() => undefined);
  }
  if (toPrint.length > 0) {
    progress(
      `  leaflets: printing ${toPrint.length} of ${wanted.length} leaflets (${toPrint.length * JOBS.length} PDFs at most) with ${pool} Chromium ${pool === 1 ? "page" : "pages"} at once`,
    );
    const preview = await startPreview(outDir, base);
    let browser: Browser | undefined;
    try {
      // One started early that failed or has gone since (Astro's peak memory) is started again here,
      // where a failure is the step's error.
      const early = await earlyBrowser?.catch(() => undefined);
      browser = early?.isConnected() ? early : await launchChromium();
      const openBrowser = browser;
      printStarted = performance.now();
      const queue = [...toPrint];
      const work = async () => {
        // Each page is its own browsing context, so Chromium gives it a renderer process of its own.
        const page = await withinLimit("open a page", openBrowser.newPage());
        // Every wait below (opening a sheet, reading it) gives up after the same limit.
        page.setDefaultTimeout(CHROMIUM_STEP_LIMIT_MS);
        await page.emulateMedia({ media: "print" });
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { sheet, sheetKey } = next;
          const result = await printSheet(
            page,
            sheet,
            sheetKey,
            { previewUrl: preview.url, outDir, cacheDir },
            (fresh) => {
              if (fresh) printed++;
              else reused++;
              report();
            },
          );
          tooLong.push(...result.tooLong);
          for (const { cached } of result.made) used.add(cached);
          // Only a sheet that fitted every paper is remembered; one that did not is measured again.
          if (result.made.length === JOBS.length) {
            const manifestFile = path.join(cacheDir, `${sheetKey}.json`);
            mkdirSync(cacheDir, { recursive: true });
            writeFileSync(manifestFile, JSON.stringify(result.made));
            used.add(manifestFile);
          }
        }
      };
      await Promise.all(Array.from({ length: pool }, work));
    } finally {
      preview.stop();
      // A browser that will not close is left to Playwright, which ends it when this process exits.
      if (browser) await withinLimit("close", browser.close()).catch(() => undefined);
    }
  }
  if (total > 0) report(true);
  pruneCache(cacheDir, used);
  const seconds = (performance.now() - started) / 1000;
  return {
    leaflets: wanted.length,
    sheetsOnly: sheets.length - wanted.length,
    workers: pool,
    printed,
    reused,
    seconds,
    tooLong: tooLong.sort(),
  };
}

/**
 * Removes what this run did not use from the leaflet cache: a cache kept
 * between deploys then holds one site's PDFs, not every PDF ever printed.
 */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  if (!existsSync(cacheDir)) return;
  for (const file of readdirSync(cacheDir)) {
    const full = path.join(cacheDir, file);
    if (!used.has(full)) rmSync(full, { force: true });
  }
}
