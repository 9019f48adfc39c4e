import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-wasm";
import { LATIN_FAMILY } from "../../src/build/share-image/design.ts";
import { loadFonts } from "../../src/build/share-image/fonts.ts";
import { encodePng } from "../../src/build/share-image/resvg.ts";
import { shareImageSvg, type ShareCard } from "../../src/build/share-image/index.ts";

export interface ShareImageTiming {
  lang: string;
  cards: number;
  /** Median milliseconds per step: laying out the title with the real fonts and writing the SVG… */
  layoutMs: number;
  /** …loading the fonts and the SVG into resvg… */
  parseMs: number;
  /** …drawing the 1200×630 pixels… */
  rasterMs: number;
  /** …and compressing them into a PNG. */
  encodeMs: number;
}

/**
 * Times the share-image renderer on its own, card by card, on the titles of
 * the sample's statements and actions in each language, one step at a time.
 * The steps after the layout are those of svgToPng in
 * src/build/share-image/resvg.ts, with the same options, so that the figures
 * show which step to make cheaper. The first card, which also loads the
 * WebAssembly and the fonts, is timed apart: a build pays that once.
 */
export async function timeShareImages(contentDir: string, languages: readonly string[]) {
  const warmUp = performance.now();
  await shareImageSvg(card("Warm up", "en"));
  const firstRenderMs = performance.now() - warmUp;
  const options = {
    font: { fontBuffers: loadFonts().all, loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY },
  };
  // One untimed card per language first, so the language timed first does not pay for warming up the JIT.
  for (const lang of languages) {
    const [title] = titlesIn(contentDir, lang);
    if (!title) continue;
    const resvg = new Resvg(await shareImageSvg(card(title, lang)), options);
    const image = resvg.render();
    encodePng(image.width, image.height, image.pixels);
    image.free();
    resvg.free();
  }

  const timings: ShareImageTiming[] = [];
  for (const lang of languages) {
    const steps = {
      layout: [] as number[],
      parse: [] as number[],
      raster: [] as number[],
      encode: [] as number[],
    };
    for (const title of titlesIn(contentDir, lang)) {
      const started = performance.now();
      const svg = await shareImageSvg(card(title, lang));
      const laidOut = performance.now();
      const resvg = new Resvg(svg, options);
      const parsed = performance.now();
      const image = resvg.render();
      const drawn = performance.now();
      encodePng(image.width, image.height, image.pixels);
      const encoded = performance.now();
      image.free();
      resvg.free();
      steps.layout.push(laidOut - started);
      steps.parse.push(parsed - laidOut);
      steps.raster.push(drawn - parsed);
      steps.encode.push(encoded - drawn);
    }
    timings.push({
      lang,
      cards: steps.layout.length,
      layoutMs: median(steps.layout),
      parseMs: median(steps.parse),
      rasterMs: median(steps.raster),
      encodeMs: median(steps.encode),
    });
  }
  return { firstRenderMs, timings };
}

function card(title: string, lang: string): ShareCard {
  return {
    title,
    lang,
    dir: lang === "ar" ? "rtl" : "ltr",
    kicker: "20 January 2025",
    siteName: "International Action Center",
    address: "example.org",
  };
}

function titlesIn(contentDir: string, lang: string): string[] {
  return ["statements", "actions"].flatMap((collection) => {
    const folder = path.join(contentDir, collection, lang);
    return readdirSync(folder)
      .filter((file) => file.endsWith(".mdx"))
      .map(
        (file) => /^title:\s*(.+)$/m.exec(readFileSync(path.join(folder, file), "utf8"))?.[1]?.trim() ?? "",
      )
      .filter(Boolean);
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
