import type { APIRoute, GetStaticPaths } from "astro";
import { allPageCards } from "~/data/share-cards";
import { buildCacheDir } from "~/build/cache-file";
import { cachedShareImage, prepareShareImages, type ShareCard } from "~/build/share-image/index.ts";
import { shareImagePath } from "~/lib/urls";

/**
 * One 1200x630 PNG per page for link previews. Rendered at build time and
 * cached by content in the build cache (.cache/campaign/), so a rebuild only draws the cards
 * whose text changed.
 */
const cacheDir = buildCacheDir("share-images");

export const getStaticPaths = (async () => {
  const base = import.meta.env.BASE_URL;
  const cards = await allPageCards();
  // Start drawing every card not yet cached, on all cores, while Astro renders pages; GET
  // below picks each one up (or its error) from the same pending render or from the cache.
  if (import.meta.env.PROD)
    prepareShareImages(
      cards.map(({ card }) => card),
      cacheDir,
    );
  return cards.map(({ pagePath, card }) => ({
    params: { image: shareImagePath(base, pagePath).slice(`${base}og/`.length, -".png".length) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await cachedShareImage(props.card, cacheDir);
  return new Response(png.slice().buffer as ArrayBuffer, { headers: { "Content-Type": "image/png" } });
};
