import { CARD_HEIGHT, CARD_WIDTH } from "./design.ts";
import { loadFonts } from "./fonts.ts";
import { measureSvgInkWidth } from "./resvg.ts";
import { textElement, type MeasureStyledText, type TextStyle } from "./svg-text.ts";

/** resvg draws outlines without hinting, so widths scale exactly with font size. */
const REFERENCE_SIZE = 100;

/**
 * A measurer that remembers widths, so trying the next smaller title size
 * reuses the lines already measured. One per card: nothing outlives a render.
 * Call resvgReady() before using it.
 */
export function createTextMeasurer(): MeasureStyledText {
  const widths = new Map<string, number>();
  return (text, style) => {
    // Letter spacing is in pixels and does not scale with the font.
    const scalable = style.letterSpacing === undefined;
    const measured: TextStyle = scalable ? { ...style, fontSize: REFERENCE_SIZE } : style;
    const key = JSON.stringify([measured, text]);
    let width = widths.get(key);
    if (width === undefined) {
      const fonts = style.fontWeight === 800 ? loadFonts().heavy : loadFonts().all;
      const element = textElement(text, measured, { x: 0, y: 0, anchor: "start", fill: "#000" });
      width = measureSvgInkWidth(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">${element}</svg>`,
        fonts,
      );
      widths.set(key, width);
    }
    return scalable ? (width * style.fontSize) / REFERENCE_SIZE : width;
  };
}
