import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The fonts come from npm packages, never from the machine or the network,
 * so every computer renders the same pixels.
 */

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(dir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const version = (manifest as { version?: unknown }).version;
  return typeof version === "string" ? version : "unknown";
}

const FONT_FILES = {
  latinHeavy: ["@expo-google-fonts/noto-sans", "800ExtraBold/NotoSans_800ExtraBold.ttf"],
  latinSemibold: ["@expo-google-fonts/noto-sans", "600SemiBold/NotoSans_600SemiBold.ttf"],
  arabicHeavy: ["@expo-google-fonts/noto-sans-arabic", "800ExtraBold/NotoSansArabic_800ExtraBold.ttf"],
  arabicSemibold: ["@expo-google-fonts/noto-sans-arabic", "600SemiBold/NotoSansArabic_600SemiBold.ttf"],
} as const;

export interface FontSet {
  /** Every face the card uses. */
  all: Uint8Array[];
  /** Only the heavy faces, for measuring heavy text quickly. */
  heavy: Uint8Array[];
}

let fonts: FontSet | undefined;

export function loadFonts(): FontSet {
  if (fonts === undefined) {
    const read = ([name, file]: readonly [string, string]): Uint8Array =>
      new Uint8Array(readFileSync(join(packageDir(name), file)));
    const latinHeavy = read(FONT_FILES.latinHeavy);
    const arabicHeavy = read(FONT_FILES.arabicHeavy);
    fonts = {
      heavy: [latinHeavy, arabicHeavy],
      all: [latinHeavy, arabicHeavy, read(FONT_FILES.latinSemibold), read(FONT_FILES.arabicSemibold)],
    };
  }
  return fonts;
}

export function resvgWasmPath(): string {
  return require.resolve("@resvg/resvg-wasm/index_bg.wasm");
}

/** Versions of everything that draws the pixels, so an upgrade invalidates cached images. */
export function rendererDependencyVersions(): Record<string, string> {
  return {
    // Its "exports" hide package.json, so it is found next to the wasm file.
    "@resvg/resvg-wasm": packageVersion(dirname(resvgWasmPath())),
    "@expo-google-fonts/noto-sans": packageVersion(packageDir("@expo-google-fonts/noto-sans")),
    "@expo-google-fonts/noto-sans-arabic": packageVersion(packageDir("@expo-google-fonts/noto-sans-arabic")),
  };
}
