import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { resvgReady, svgToPng } from "~/build/share-image/index.ts";

/**
 * PNG icons drawn from public/favicon.svg at build time, for phones' home
 * screens (web manifest, apple-touch-icon) and as the publisher logo in
 * structured data, so the one SVG stays the only icon an organization edits.
 */
const SIZES = { "icon-192": 192, "icon-512": 512, "apple-touch-icon": 180 } as const;

export const getStaticPaths = (() =>
  Object.entries(SIZES).map(([icon, size]) => ({
    params: { icon },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) => {
  const svg = readFileSync("public/favicon.svg", "utf8").replace(
    "<svg ",
    `<svg width="${props.size}" height="${props.size}" `,
  );
  await resvgReady();
  return new Response(svgToPng(svg).slice().buffer as ArrayBuffer, {
    headers: { "Content-Type": "image/png" },
  });
};
