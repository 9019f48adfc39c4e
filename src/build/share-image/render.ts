import { cardSvg, layoutCardTitle } from "./card-svg.ts";
import { createTextMeasurer } from "./measure.ts";
import { resvgReady, svgToPng } from "./resvg.ts";
import type { ShareCard } from "./share-card.ts";
import type { TitleLayout } from "./title-layout.ts";

/** The card as a 1200×630 PNG. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array> {
  return svgToPng(await shareImageSvg(card));
}

/** The SVG that renderShareImage rasterizes, for checking the markup. */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  await resvgReady();
  return cardSvg(card, createTextMeasurer());
}

/** How the card's title is broken into lines, measured with the real fonts. */
export async function layoutShareTitle(card: ShareCard): Promise<TitleLayout> {
  await resvgReady();
  return layoutCardTitle(card, createTextMeasurer());
}
