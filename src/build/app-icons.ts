import { readFileSync } from "node:fs";
import { resvgReady, svgToPng } from "./share-image/index.ts";

/**
 * PNG icons drawn from public/favicon.svg at build time, for phones' home
 * screens (web manifest, apple-touch-icon) and as the publisher logo in
 * structured data, so the one SVG stays the only icon an organization edits.
 */
export const APP_ICON_SIZES = { "icon-192": 192, "icon-512": 512, "apple-touch-icon": 180 } as const;

/** The favicon drawn as a square PNG of `size` pixels. */
export async function appIconPng(size: number): Promise<Uint8Array> {
  const svg = readFileSync("public/favicon.svg", "utf8").replace(
    "<svg ",
    `<svg width="${size}" height="${size}" `,
  );
  await resvgReady();
  return svgToPng(svg);
}
