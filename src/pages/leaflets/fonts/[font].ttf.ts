import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

/**
 * The fonts leaflets are printed with, copied from npm packages into the
 * build. Printing with known fonts, rather than whatever the printing
 * machine has, makes every PDF look the same and embeds good Arabic glyphs.
 * Only leaflet pages load them; the site itself uses system fonts.
 */
const FONTS = {
  "noto-sans-400": ["@expo-google-fonts/noto-sans", "400Regular/NotoSans_400Regular.ttf"],
  "noto-sans-800": ["@expo-google-fonts/noto-sans", "800ExtraBold/NotoSans_800ExtraBold.ttf"],
  "noto-sans-arabic-400": ["@expo-google-fonts/noto-sans-arabic", "400Regular/NotoSansArabic_400Regular.ttf"],
  "noto-sans-arabic-800": [
    "@expo-google-fonts/noto-sans-arabic",
    "800ExtraBold/NotoSansArabic_800ExtraBold.ttf",
  ],
} as const;

const require = createRequire(import.meta.url);

export const getStaticPaths = (() =>
  Object.entries(FONTS).map(([font, [pkg, file]]) => ({
    params: { font },
    props: { file: path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(props.file), { headers: { "Content-Type": "font/ttf" } });
