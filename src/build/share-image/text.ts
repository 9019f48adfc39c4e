import { ARABIC_FAMILY, LATIN_FAMILY } from "./design.ts";

const ISOLATE_START = { ltr: "\u2066", rtl: "\u2067" } as const; // LRI, RLI
const POP_ISOLATE = "\u2069"; // PDI

/**
 * Wraps one line in a Unicode isolate of its direction. Without it resvg
 * orders mixed runs wrongly: "(IAC) 2025" inside an Arabic line lands on the
 * wrong side.
 */
export function isolate(text: string, dir: "ltr" | "rtl"): string {
  return `${ISOLATE_START[dir]}${text}${POP_ISOLATE}`;
}

/** Collapses runs of breaking whitespace; no-break spaces stay, they are someone's choice. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[^\S\u00a0\u202f\u2007]+/g, " ").trim();
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const FIRST_STRONG = /[\p{L}]/u;

/** Direction of a string on its own, by its first letter, as browsers do for dir="auto". */
export function textDirection(text: string): "ltr" | "rtl" {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? "rtl" : "ltr";
}

/** Which of the card's two font families leads for this text. */
export function mainScript(text: string): "arabic" | "latin" {
  return ARABIC_LETTER.test(text) ? "arabic" : "latin";
}

/**
 * Both families, so either script can appear in any line; the text's own
 * script first, so digits and punctuation next to Arabic words take the
 * Arabic font's shapes.
 */
export function fontFamilyFor(text: string): string {
  const families =
    mainScript(text) === "arabic" ? [ARABIC_FAMILY, LATIN_FAMILY] : [LATIN_FAMILY, ARABIC_FAMILY];
  return families.join(", ");
}

/** True when every letter is Latin, the only script where an all-caps label is the convention. */
export function isLatinOnly(text: string): boolean {
  return /\p{L}/u.test(text) && !/[^\P{L}\p{Script=Latin}]/u.test(text);
}

/** Uppercases with the language's rules (Turkish i → İ); an invalid code falls back to the default rules. */
export function upperCase(text: string, lang: string): string {
  try {
    return text.toLocaleUpperCase(lang);
  } catch {
    return text.toUpperCase();
  }
}
