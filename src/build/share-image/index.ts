export type { ShareCard } from "./share-card.ts";
export { layoutShareTitle, renderShareImage, shareImageSvg } from "./render.ts";
export { cachedShareImage, prepareShareImages, RENDERER_VERSION, shareImageCacheKey } from "./cache.ts";
export { layoutTitle, type MeasureText, type TitleLayout, type TitleLayoutOptions } from "./title-layout.ts";
export { CARD_HEIGHT, CARD_WIDTH, TEXT_WIDTH } from "./design.ts";
export { resvgReady, svgToPng } from "./resvg.ts";
