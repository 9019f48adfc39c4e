import type { APIRoute, GetStaticPaths } from "astro";
import { buildCacheDir } from "~/build/cache-file";
import { LEAFLET_FACES, leafletFaceWoff2, type LeafletFace } from "~/build/leaflet-fonts";

/**
 * The leaflets' fonts, cut down to the blocks the site's languages use (see
 * src/build/leaflet-fonts.ts). Cached by content in the build cache (.cache/campaign/), so a
 * rebuild reads them instead of subsetting again.
 */
const cacheDir = buildCacheDir("leaflet-fonts");

export const getStaticPaths = (() =>
  LEAFLET_FACES.map((face) => ({ params: { font: face.name }, props: { face } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ face: LeafletFace }> = async ({ props }) => {
  const woff2 = await leafletFaceWoff2(props.face, cacheDir);
  return new Response(woff2.slice().buffer as ArrayBuffer, { headers: { "Content-Type": "font/woff2" } });
};
