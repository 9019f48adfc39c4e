/**
 * The card's look in one place. Bump RENDERER_VERSION (cache.ts) whenever
 * anything here changes, or cached images keep the old design.
 */

import { THEME_COLOR } from "../../site/theme.ts";

/** The size every messenger's large link preview expects (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Family names inside the font files, as SVG's font-family uses them. */
export const LATIN_FAMILY = "Noto Sans";
export const ARABIC_FAMILY = "Noto Sans Arabic";

export const MARGIN_X = 64;
export const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN_X;

export const COLORS = {
  background: THEME_COLOR,
  title: "#ffffff",
  /** About 7:1 on the background, so the small label stays readable in a thumbnail. */
  kicker: "#ff7a75",
  siteName: "#ffffff",
  address: "#c2bab0",
  rule: "#3b342d",
  stripe: ["#ffffff", "#006b3c", "#b4151f"],
} as const;

export const STRIPE_HEIGHT = 14;

export const FOOTER_RULE_Y = 528;
export const FOOTER_BASELINE = 584;
export const SITE_NAME_SIZE = 30;
export const ADDRESS_SIZE = 28;
/** The least room kept between the organization's name and the address. */
export const FOOTER_GAP = 48;

/** Arabic letters look smaller than Latin capitals at the same size. */
export const KICKER_SIZE = { latinCaps: 30, other: 36 } as const;
/** Spacing for uppercase Latin only: it would pull joined Arabic letters apart. */
export const KICKER_LETTER_SPACING = 3;
/** From the kicker's baseline to the top of the title's first line. */
export const KICKER_GAP = 34;

/** Largest first, so a short title gets the biggest type that still fits. */
export const TITLE_SIZES: readonly number[] = [80, 68, 58, 50];
export const TITLE_MAX_LINES = 4;

/**
 * How far letters reach above and below the baseline, in ems, and the line
 * height. Arabic needs more room: at Latin's 1.15 a hamza below one line
 * touches the dots of the next.
 */
export const SCRIPT_METRICS = {
  latin: { ascent: 0.73, descent: 0.22, lineHeight: 1.15 },
  arabic: { ascent: 0.8, descent: 0.4, lineHeight: 1.3 },
} as const;

/** The space the kicker and title are centred in, between stripe and footer. */
export const CONTENT_TOP = STRIPE_HEIGHT + 36;
export const CONTENT_BOTTOM = FOOTER_RULE_Y - 36;
/** A little above the middle, which the eye reads as centred. */
export const CONTENT_OPTICAL_CENTER = 0.45;
