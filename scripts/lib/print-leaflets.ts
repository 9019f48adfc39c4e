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
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { chromium } from "playwright-core";
import { BLEED_MM, BLEED_SIZES, LEAFLET_SIZES, PAPER } from "../../src/lib/leaflet-paper.ts";
import { chromiumArgs, chromiumPath } from "./chromium.ts";
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

/** Prints every leaflet. Throws when there is no Chromium, before writing anything. */
export async function printLeaflets({ outDir, base, cacheDir }: PrintOptions): Promise<PrintReport> {
  const executablePath = chromiumPath();
  const started = performance.now();
  const preview = await startPreview(outDir, base);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const page = await browser.newPage();
  await page.emulateMedia({ media: "print" });
  const tooLong: string[] = [];
  let printed = 0;
  let reused = 0;
  const pages = leafletPages(outDir);

  try {
    for (const leaflet of pages) {
      await page.goto(new URL(leaflet.urlPath, preview.url).href);
      const lang = leaflet.lang || ((await page.locator("html").getAttribute("lang")) ?? "");
      const sourceFile = (await page.locator("html").getAttribute("data-source-file")) ?? leaflet.urlPath;
      const jobs = [
        ...LEAFLET_SIZES.map((size) => ({ size, bleed: false })),
        ...BLEED_SIZES.map((size) => ({ size, bleed: true })),
      ];
      for (const { size, bleed } of jobs) {
        const overflow = await page.evaluate(
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
        );
        if (overflow > 1) {
          // The print-shop copy has the same room for text; saying so twice would not help.
          if (!bleed) tooLong.push(`${sourceFile}: the leaflet does not fit on ${size.toUpperCase()} paper`);
          continue;
        }
        const [widthMm, heightMm] = PAPER[size];
        const extra = bleed ? 2 * BLEED_MM : 0;
        const html = await page.content();
        const key = createHash("sha256").update(`${PDF_VERSION}\n${size}\n${bleed}\n${html}`).digest("hex");
        const cached = path.join(cacheDir, `${key}.pdf`);
        if (existsSync(cached)) {
          reused++;
        } else {
          let pdf: Uint8Array = await page.pdf({
            width: `${widthMm + extra}mm`,
            height: `${heightMm + extra}mm`,
            printBackground: true,
            preferCSSPageSize: false,
            margin: { top: 0, right: 0, bottom: 0, left: 0 },
          });
          if (bleed) pdf = await setPrintBoxes(pdf);
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(`${cached}.tmp`, pdf);
          renameSync(`${cached}.tmp`, cached);
          printed++;
        }
        const target = path.join(
          outDir,
          "leaflets",
          lang,
          `${leaflet.slug}-${size}${bleed ? "-bleed" : ""}.pdf`,
        );
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(cached, target);
      }
    }
  } finally {
    await browser.close();
    preview.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  return { leaflets: pages.length, printed, reused, seconds, tooLong };
}
