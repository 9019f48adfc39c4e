import { escapeMarkup } from "../../lib/escape-markup.ts";
import { isolate } from "./text.ts";

export interface TextStyle {
  fontSize: number;
  fontWeight: 600 | 800;
  /** A CSS font-family list. */
  fontFamily: string;
  /** Direction of the text itself, which decides its bidi isolate. */
  dir: "ltr" | "rtl";
  letterSpacing?: number;
}

/** Width in pixels of `text` set on one line in `style`. */
export type MeasureStyledText = (text: string, style: TextStyle) => number;

/**
 * One line of text. The same markup is used for measuring and drawing, so
 * measured widths are the drawn widths. `anchor` is physical in resvg:
 * "end" puts the right edge at x whatever the direction.
 */
export function textElement(
  text: string,
  style: TextStyle,
  position: { x: number; y: number; anchor: "start" | "end"; fill: string },
): string {
  const attributes = [
    `x="${position.x}"`,
    `y="${position.y}"`,
    `text-anchor="${position.anchor}"`,
    `direction="${style.dir}"`,
    `font-family="${escapeMarkup(style.fontFamily)}"`,
    `font-weight="${style.fontWeight}"`,
    `font-size="${style.fontSize}"`,
    ...(style.letterSpacing === undefined ? [] : [`letter-spacing="${style.letterSpacing}"`]),
    `fill="${position.fill}"`,
  ];
  return `<text ${attributes.join(" ")}>${escapeMarkup(isolate(text, style.dir))}</text>`;
}
