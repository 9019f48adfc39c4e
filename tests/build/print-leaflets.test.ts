import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, printLeaflets, type PrintReport } from "../../scripts/lib/print-leaflets.ts";

/**
 * The leaflet printer on a folder of three small sheets, without a whole
 * build: it prints the sheets the site marks data-pdf, on two Chromium pages
 * at once, says how far it has got, copies unchanged PDFs from its cache on
 * the next run, and keeps nothing in the cache the run did not use. Each run
 * is handed a Chromium started before it, as the build does: the first one
 * that has gone since (it starts another), the second one it does not need.
 */
let work = "";
let outDir = "";
let cacheDir = "";
let first: PrintReport;
let second: PrintReport;
const lines: string[] = [];
let unneededClosed = false;

function sheet(lang: string, slug: string, pdf: boolean) {
  const folder = path.join(outDir, lang === "en" ? "" : lang, "leaflets", "statements", slug);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, "index.html"),
    `<!doctype html><html lang="${lang}" data-source-file="content/statements/${lang}/${slug}.mdx"${pdf ? " data-pdf" : ""}>` +
      `<head><meta charset="utf-8"><title>${slug}</title></head>` +
      `<body><div class="leaflet-sheet"><h1>${slug}</h1></div></body></html>`,
  );
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "campaign-print-"));
  outDir = path.join(work, "site");
  cacheDir = path.join(work, "cache");
  sheet("en", "newest", true);
  sheet("ar", "newest", true);
  sheet("en", "older", false);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, "left-from-an-old-build.pdf"), "%PDF-");
  const options = { outDir, base: "/", cacheDir, workers: 2, progressEveryMs: 0 };
  const gone = await launchChromium();
  await gone.close();
  first = await printLeaflets({
    ...options,
    browser: Promise.resolve(gone),
    progress: (line) => lines.push(line),
  });
  const unneeded = await launchChromium();
  second = await printLeaflets({ ...options, browser: Promise.resolve(unneeded), progress: () => undefined });
  unneededClosed = !unneeded.isConnected();
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the leaflet printer", () => {
  it("prints every paper for the marked sheets only, two at a time", () => {
    expect(first).toMatchObject({ leaflets: 2, sheetsOnly: 1, workers: 2, printed: 14, reused: 0 });
    expect(first.tooLong).toEqual([]);
    const pdfs = readdirSync(path.join(outDir, "leaflets"), { recursive: true, encoding: "utf8" });
    const papers = ["a4", "letter", "a5", "a5-2up", "a4-bleed", "letter-bleed", "a5-bleed"];
    expect(pdfs.filter((file) => file.endsWith(".pdf")).sort()).toEqual(
      ["en", "ar"].flatMap((lang) => papers.map((paper) => `${lang}/newest-${paper}.pdf`)).sort(),
    );
    expect(existsSync(path.join(outDir, "leaflets", "en", "older-a4.pdf"))).toBe(false);
  });

  it("says how far it has got, done / total", () => {
    expect(lines[0]).toMatch(/printing 2 of 2 leaflets .* with 2 Chromium pages at once/);
    expect(lines.at(-1)).toMatch(/^ {2}leaflets: 14\/14 PDFs \(14 printed, 0 unchanged\)/);
  });

  it("copies unchanged leaflets from its cache, and keeps only what it used there", () => {
    expect(second).toMatchObject({ printed: 0, reused: 14 });
    const cached = readdirSync(cacheDir);
    expect(cached).not.toContain("left-from-an-old-build.pdf");
    // Seven PDFs and one list of them for each printed sheet.
    expect(cached.filter((file) => file.endsWith(".pdf"))).toHaveLength(14);
    expect(cached.filter((file) => file.endsWith(".json"))).toHaveLength(2);
  });

  it("closes the Chromium it was handed when every PDF is in the cache", () => {
    expect(unneededClosed).toBe(true);
  });
});
