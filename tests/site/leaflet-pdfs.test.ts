import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import {
  BLEED_SIZES,
  LEAFLET_SIZES,
  leafletPdfFile,
  parseLeafletPdfFile,
} from "../../src/lib/leaflet-paper.ts";

/**
 * Checks the PDFs `npm run build` printed into dist/leaflets, as a print
 * shop or an organizer would: paper size, one page, fonts embedded, text
 * selectable, and a QR code that leads to the right page. Uses poppler-utils
 * (pdffonts, pdftotext, pdftoppm), which .ci/run installs.
 */
const leafletsDir = path.resolve("dist/leaflets");
const siteUrl = readFileSync("content/settings.yaml", "utf8")
  .match(/^url:\s*(\S+)/m)?.[1]
  ?.replace(/\/$/, "");
const pdfs = existsSync(leafletsDir)
  ? readdirSync(leafletsDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".pdf"))
  : [];

const MM = 72 / 25.4;
// The paper sizes as the standards define them, written out here rather than read from
// src/lib/leaflet-paper.ts, so a wrong size there fails this test.
const PAPER: Record<string, [number, number]> = {
  a4: [210, 297],
  letter: [215.9, 279.4],
  a5: [148, 210],
  "a5-2up": [297, 210],
};

function paperOf(file: string) {
  const pdf = parseLeafletPdfFile(`leaflets/${file}`);
  if (!pdf) throw new Error(`${file} is not named as leafletPdfFile names a leaflet PDF`);
  return pdf;
}

describe("leaflet PDFs", () => {
  it("exist for every language and size (run npm run build first)", () => {
    expect(pdfs.length).toBeGreaterThan(0);
    for (const lang of ["en", "ar", "es"]) {
      const slug = "keep-mobilizing-after-the-ceasefire";
      const copies = [
        ...LEAFLET_SIZES.map((size) => ({ lang, slug, size, bleed: false })),
        ...BLEED_SIZES.map((size) => ({ lang, slug, size, bleed: true })),
      ];
      for (const copy of copies) expect(pdfs).toContain(leafletPdfFile(copy).replace(/^leaflets\//, ""));
    }
  });

  it.each(pdfs)(
    "%s is one page of the right paper, with trim and bleed boxes on print-shop copies",
    async (file) => {
      const document = await PDFDocument.load(readFileSync(path.join(leafletsDir, file)));
      expect(document.getPageCount()).toBe(1);
      const page = document.getPage(0);
      const { size, bleed } = paperOf(file);
      const [widthMm = 0, heightMm = 0] = PAPER[size] ?? [];
      const extra = bleed ? 6 : 0;
      const { width, height } = page.getSize();
      // Chromium rounds page sizes to whole CSS pixels: within 1.5 pt of the paper.
      expect(Math.abs(width - (widthMm + extra) * MM)).toBeLessThan(1.5);
      expect(Math.abs(height - (heightMm + extra) * MM)).toBeLessThan(1.5);
      if (bleed) {
        const trim = page.getTrimBox();
        expect(trim.x).toBeCloseTo(3 * MM, 1);
        expect(trim.width).toBeCloseTo(width - 6 * MM, 1);
        expect(page.getBleedBox().width).toBeCloseTo(width, 1);
      }
    },
  );

  it.each(["en", "ar", "es"])("the %s leaflet embeds its fonts and its text can be selected", (lang) => {
    const file = path.join(leafletsDir, lang, "keep-mobilizing-after-the-ceasefire-a4.pdf");
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8", timeout: 30_000 })
      .split("\n")
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, "every font is embedded").toMatch(/\byes\s+yes\s+yes\b/);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", timeout: 30_000 });
    const headline = { en: "ceasefire", ar: "فلسطين", es: "Palestina" }[lang] ?? "";
    // Extracted Arabic comes out with spaces inside words (how Chromium maps shaped glyphs), so compare without spaces.
    expect(text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, "")).toContain(headline);
  });

  it.each([
    ["en", "/statements/keep-mobilizing-after-the-ceasefire/"],
    ["ar", "/ar/actions/write-to-elected-officials/"],
  ])("the %s QR code, photographed from the printed page, opens %s", (lang, page) => {
    const slug = page.split("/").filter(Boolean).at(-1);
    const file = path.join(leafletsDir, lang, `${slug}-a5.pdf`);
    const dir = mkdtempSync(path.join(tmpdir(), "leaflet-qr-"));
    try {
      execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", file, path.join(dir, "page")], {
        timeout: 30_000,
      });
      const png = PNG.sync.read(readFileSync(path.join(dir, "page.png")));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(`${siteUrl}${page}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
