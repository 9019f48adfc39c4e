import {
  ADDRESS_SIZE,
  CARD_HEIGHT,
  CARD_WIDTH,
  COLORS,
  CONTENT_BOTTOM,
  CONTENT_OPTICAL_CENTER,
  CONTENT_TOP,
  FOOTER_BASELINE,
  FOOTER_GAP,
  FOOTER_RULE_Y,
  KICKER_GAP,
  KICKER_LETTER_SPACING,
  KICKER_SIZE,
  MARGIN_X,
  SCRIPT_METRICS,
  SITE_NAME_SIZE,
  STRIPE_HEIGHT,
  TEXT_WIDTH,
} from "./design.ts";
import type { ShareCard } from "./share-card.ts";
import { textElement, type MeasureStyledText, type TextStyle } from "./svg-text.ts";
import { fontFamilyFor, isLatinOnly, mainScript, normalizeSpaces, textDirection, upperCase } from "./text.ts";
import { layoutTitle, type TitleLayout } from "./title-layout.ts";

export function titleStyle(card: ShareCard, fontSize: number): TextStyle {
  return { fontSize, fontWeight: 800, fontFamily: fontFamilyFor(card.title), dir: card.dir };
}

export function layoutCardTitle(card: ShareCard, measure: MeasureStyledText): TitleLayout {
  return layoutTitle(card.title, (text, fontSize) => measure(text, titleStyle(card, fontSize)));
}

/** The whole card as SVG. Pure: text is measured through `measure`. */
export function cardSvg(card: ShareCard, measure: MeasureStyledText): string {
  const rtl = card.dir === "rtl";
  // The reading direction's start and end, in physical coordinates.
  const start = { x: rtl ? CARD_WIDTH - MARGIN_X : MARGIN_X, anchor: rtl ? "end" : "start" } as const;
  const end = { x: rtl ? MARGIN_X : CARD_WIDTH - MARGIN_X, anchor: rtl ? "start" : "end" } as const;

  const kicker = kickerText(card, measure);
  const title = layoutCardTitle(card, measure);
  const metrics = SCRIPT_METRICS[mainScript(card.title)];
  const lineHeight = title.fontSize * metrics.lineHeight;

  // Heights of the ink, top of the kicker to the descenders of the last line.
  const kickerHeight =
    kicker === undefined ? 0 : kicker.style.fontSize * SCRIPT_METRICS[mainScript(kicker.text)].ascent;
  const kickerSpace = kicker === undefined ? 0 : kickerHeight + KICKER_GAP;
  const titleHeight =
    title.lines.length === 0
      ? 0
      : title.fontSize * (metrics.ascent + metrics.descent) + (title.lines.length - 1) * lineHeight;
  const free = Math.max(0, CONTENT_BOTTOM - CONTENT_TOP - kickerSpace - titleHeight);
  const top = CONTENT_TOP + free * CONTENT_OPTICAL_CENTER;
  const firstBaseline = top + kickerSpace + title.fontSize * metrics.ascent;

  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.background}"/>`,
    stripe(rtl),
  ];
  if (kicker !== undefined) {
    const y = Math.round(top + kickerHeight);
    parts.push(textElement(kicker.text, kicker.style, { ...start, y, fill: COLORS.kicker }));
  }
  title.lines.forEach((line, index) => {
    const y = Math.round(firstBaseline + index * lineHeight);
    parts.push(textElement(line, titleStyle(card, title.fontSize), { ...start, y, fill: COLORS.title }));
  });
  parts.push(...footer(card, measure, start, end));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    ...parts,
    "</svg>",
  ].join("\n");
}

function kickerText(
  card: ShareCard,
  measure: MeasureStyledText,
): { text: string; style: TextStyle } | undefined {
  const kicker = normalizeSpaces(card.kicker ?? "");
  if (kicker === "") return undefined;
  const caps = isLatinOnly(kicker);
  const text = caps ? upperCase(kicker, card.lang) : kicker;
  const style: TextStyle = {
    fontSize: caps ? KICKER_SIZE.latinCaps : KICKER_SIZE.other,
    fontWeight: 800,
    fontFamily: fontFamilyFor(text),
    dir: card.dir,
    ...(caps ? { letterSpacing: KICKER_LETTER_SPACING } : {}),
  };
  const [fitted = style] = shrinkToFit([{ text, style }], measure, TEXT_WIDTH);
  return { text, style: fitted };
}

type Anchor = { x: number; anchor: "start" | "end" };

/** The organization's name at the reading start, the address at the end, on one line. */
function footer(card: ShareCard, measure: MeasureStyledText, start: Anchor, end: Anchor): string[] {
  const siteName = normalizeSpaces(card.siteName);
  const address = normalizeSpaces(card.address);
  const [siteStyle, addressStyle] = shrinkToFit(
    [
      {
        text: siteName,
        style: {
          fontSize: SITE_NAME_SIZE,
          fontWeight: 600,
          fontFamily: fontFamilyFor(siteName),
          dir: textDirection(siteName),
        },
      },
      // An address reads left to right even on an Arabic card.
      {
        text: address,
        style: { fontSize: ADDRESS_SIZE, fontWeight: 600, fontFamily: fontFamilyFor(address), dir: "ltr" },
      },
    ],
    measure,
    TEXT_WIDTH - FOOTER_GAP,
  );
  const parts = [
    `<rect x="${MARGIN_X}" y="${FOOTER_RULE_Y}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>`,
  ];
  if (siteStyle !== undefined && siteName !== "") {
    parts.push(textElement(siteName, siteStyle, { ...start, y: FOOTER_BASELINE, fill: COLORS.siteName }));
  }
  if (addressStyle !== undefined && address !== "") {
    parts.push(textElement(address, addressStyle, { ...end, y: FOOTER_BASELINE, fill: COLORS.address }));
  }
  return parts;
}

/** The flag colours along the top, white at the reading start. */
function stripe(rtl: boolean): string {
  const colors = rtl ? [...COLORS.stripe].reverse() : [...COLORS.stripe];
  const width = CARD_WIDTH / colors.length;
  return colors
    .map(
      (color, index) =>
        `<rect x="${Math.round(index * width)}" y="0" width="${Math.round(width)}" height="${STRIPE_HEIGHT}" fill="${color}"/>`,
    )
    .join("\n");
}

/** Scales down the font sizes of texts that share one line, together, until they fit in `width`. */
function shrinkToFit(
  texts: readonly { text: string; style: TextStyle }[],
  measure: MeasureStyledText,
  width: number,
): TextStyle[] {
  const total = texts.reduce((sum, { text, style }) => sum + measure(text, style), 0);
  const scale = total > width ? width / total : 1;
  const shrink = (size: number): number => Math.floor(size * scale * 10) / 10;
  return texts.map(({ style }) => ({
    ...style,
    fontSize: shrink(style.fontSize),
    ...(style.letterSpacing === undefined ? {} : { letterSpacing: shrink(style.letterSpacing) }),
  }));
}
