import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";
import { writeCacheFile } from "./cache-file.ts";

/**
 * The fonts leaflets are printed with, from npm packages rather than the
 * printing machine or the network, so every PDF looks the same and embeds good
 * Arabic glyphs. Only leaflet sheets load them; the site uses system fonts.
 *
 * The packages ship whole TTF files, 1.6 MB for the four faces, most of it
 * scripts no leaflet is written in. Each face is cut down to the Unicode
 * blocks of the site's languages and served as WOFF2, and the @font-face rules
 * name those blocks (unicode-range), so a browser fetches a face only for text
 * it can draw: an English sheet never downloads the Arabic faces, nor an
 * Arabic sheet the Latin ones. A character outside every block is drawn by the
 * next font in the stack, as one the fonts lack always was.
 */

/** First and last code point of a block, both included. */
export type CodePoints = readonly [first: number, last: number];

const LATIN: readonly CodePoints[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B: every Western and Central European language
  [0x02b0, 0x036f], // modifier letters (ʼ ˆ) and combining accents, for text typed with separate accents
  [0x2000, 0x209f], // General Punctuation (dashes, quotes, invisible spaces), superscripts and subscripts
  [0x20a0, 0x20cf], // currency symbols
  [0x2100, 0x215f], // letterlike symbols (№ ™) and fractions
  [0x2212, 0x2212], // minus sign
  [0x25cc, 0x25cc], // dotted circle, which text shaping draws under an accent that has no letter
  // Noto Sans has no arrows or geometric shapes (the leaflet's ■ bullets always came from a
  // system font), so none are listed: a block the font lacks would be downloaded for nothing.
];

const ARABIC: readonly CodePoints[] = [
  // Arabic text keeps Latin digits, punctuation, addresses and e-mail in the Arabic font's own
  // Latin glyphs, as before subsetting: an Arabic sheet needs no Latin face.
  [0x0020, 0x007e],
  [0x00a0, 0x00ff],
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x0870, 0x08ff], // Arabic Extended-B and -A
  [0x2000, 0x206f], // General Punctuation: the joiners, direction marks and quotes Arabic text uses
  [0x20ac, 0x20ac], // euro sign, the one currency sign the font has
  [0x2212, 0x2212], // minus sign
  [0x25cc, 0x25cc], // dotted circle, for a vowel mark with no letter
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B
];

export interface LeafletFace {
  /** The file's name in /leaflets/fonts/, without ".woff2". */
  name: string;
  family: "Leaflet Sans" | "Leaflet Arabic";
  /** The script it is for (ISO 15924), so a sheet can ask for its own faces before its styles arrive. */
  script: "Latn" | "Arab";
  /** The CSS weights it draws: the leaflet sets 400 to 900, and two weights look right at print sizes. */
  weights: "100 550" | "551 1000";
  /** npm package and file inside it. */
  source: readonly [pkg: string, file: string];
  blocks: readonly CodePoints[];
}

export const LEAFLET_FACES: readonly LeafletFace[] = [
  {
    name: "noto-sans-400",
    family: "Leaflet Sans",
    script: "Latn",
    weights: "100 550",
    source: ["@expo-google-fonts/noto-sans", "400Regular/NotoSans_400Regular.ttf"],
    blocks: LATIN,
  },
  {
    name: "noto-sans-800",
    family: "Leaflet Sans",
    script: "Latn",
    weights: "551 1000",
    source: ["@expo-google-fonts/noto-sans", "800ExtraBold/NotoSans_800ExtraBold.ttf"],
    blocks: LATIN,
  },
  {
    name: "noto-sans-arabic-400",
    family: "Leaflet Arabic",
    script: "Arab",
    weights: "100 550",
    source: ["@expo-google-fonts/noto-sans-arabic", "400Regular/NotoSansArabic_400Regular.ttf"],
    blocks: ARABIC,
  },
  {
    name: "noto-sans-arabic-800",
    family: "Leaflet Arabic",
    script: "Arab",
    weights: "551 1000",
    source: ["@expo-google-fonts/noto-sans-arabic", "800ExtraBold/NotoSansArabic_800ExtraBold.ttf"],
    blocks: ARABIC,
  },
];

/**
 * The faces a sheet in `lang` draws its text with: those of the language's
 * script ("ar" is written in Arabic, "es" in Latin). None for a script the
 * fonts do not cover, whose text falls back to the system's fonts.
 */
export const leafletFacesFor = (lang: string) =>
  LEAFLET_FACES.filter((face) => face.script === new Intl.Locale(lang).maximize().script);

/** The blocks as a CSS unicode-range: "U+20-7E,U+A0-24F". */
export const unicodeRange = (blocks: readonly CodePoints[]) =>
  blocks
    .map(([first, last]) => `U+${first.toString(16)}${last === first ? "" : `-${last.toString(16)}`}`)
    .join(",")
    .toUpperCase();

/** The @font-face rules for every face, with addresses relative to the stylesheet. */
export const leafletFontFaces = () =>
  LEAFLET_FACES.map(
    (face) =>
      `@font-face{font-family:"${face.family}";src:url("${face.name}.woff2") format("woff2");` +
      `font-weight:${face.weights};unicode-range:${unicodeRange(face.blocks)}}`,
  ).join("\n");

const require = createRequire(import.meta.url);

/** Where Node finds `name` from `from`, and its version, so an upgrade invalidates the cache. */
function installedPackage(name: string, from: string, entry = name): { entry: string; version: string } {
  const file = createRequire(from).resolve(entry);
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, unknown>;
    if (found === name && typeof version === "string") return { entry: file, version };
  }
  throw new Error(`${name}: no package.json above ${file}`);
}

/**
 * What shapes the output besides the font and the blocks: subset-font, the
 * HarfBuzz build that cuts the font, and the WOFF2 encoder it converts with.
 */
function subsetterVersions(): Record<string, string> {
  const subsetter = installedPackage("subset-font", import.meta.url);
  const fontverter = installedPackage("fontverter", subsetter.entry);
  return {
    "subset-font": subsetter.version,
    harfbuzzjs: installedPackage("harfbuzzjs", subsetter.entry, "harfbuzzjs/dist/harfbuzz-subset.wasm")
      .version,
    wawoff2: installedPackage("wawoff2", fontverter.entry).version,
  };
}

const readSource = ({ source: [pkg, file] }: LeafletFace) =>
  readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));

/** The key a face's WOFF2 is cached under: the source font's bytes, the blocks and the subsetter. */
export function leafletFaceCacheKey(face: LeafletFace, font: Uint8Array = readSource(face)): string {
  return createHash("sha256")
    .update(JSON.stringify({ blocks: face.blocks, subsetter: subsetterVersions() }))
    .update(font)
    .digest("hex");
}

/** Subsets in progress, so the same face is cut once per build however many times it is asked for. */
const pending = new Map<string, Promise<Uint8Array>>();

/**
 * The face as subsetted WOFF2, from the cache when this exact font, blocks and
 * subsetter made it before (a warm build reads four small files), else cut now
 * and stored for next time.
 */
export function leafletFaceWoff2(face: LeafletFace, cacheDir: string): Promise<Uint8Array> {
  const font = readSource(face);
  const file = path.join(cacheDir, `${face.name}-${leafletFaceCacheKey(face, font)}.woff2`);
  let result = pending.get(file);
  if (result === undefined) {
    result = readOrSubset(font, face.blocks, file);
    pending.set(file, result);
    // A failure is not remembered: the next build, or the next request in `astro dev`, tries again.
    result.catch(() => pending.delete(file));
  }
  return result;
}

/** A WOFF2 file starts with these four bytes; anything else in the cache (a truncated write) is ignored. */
const isWoff2 = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).toString("latin1") === "wOF2";

async function readOrSubset(
  font: Uint8Array,
  blocks: readonly CodePoints[],
  file: string,
): Promise<Uint8Array> {
  const cached = await readFile(file).catch(() => undefined);
  if (cached && isWoff2(cached)) return cached;
  const text = blocks
    .flatMap(([first, last]) =>
      Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
    )
    .join("");
  // Every OpenType feature is kept, so text shapes and prints exactly as with the whole font.
  const woff2 = await subsetFont(Buffer.from(font), text, { targetFormat: "woff2" });
  await writeCacheFile(file, woff2);
  return woff2;
}
