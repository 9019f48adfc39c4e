import { TEXT_WIDTH, TITLE_MAX_LINES, TITLE_SIZES } from "./design.ts";
import { normalizeSpaces } from "./text.ts";

/** Width in pixels of `text` set on one line at `fontSize`. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface TitleLayout {
  lines: string[];
  fontSize: number;
  /** True when the title did not fit even at the smallest size and was cut, ending in "…". */
  truncated: boolean;
}

export interface TitleLayoutOptions {
  maxWidth?: number;
  maxLines?: number;
  /** Tried in order; the first one at which the whole title fits wins. */
  fontSizes?: readonly number[];
}

const ELLIPSIS = "…";

/**
 * Breaks a title into lines: the largest font size at which it fits in
 * `maxLines`, else the smallest size, cut at a word boundary with "…".
 * Pure: all measuring goes through `measure`.
 */
export function layoutTitle(
  title: string,
  measure: MeasureText,
  options: TitleLayoutOptions = {},
): TitleLayout {
  const maxWidth = options.maxWidth ?? TEXT_WIDTH;
  const maxLines = options.maxLines ?? TITLE_MAX_LINES;
  const sizes = options.fontSizes ?? TITLE_SIZES;
  const smallest = sizes.at(-1);
  if (smallest === undefined) throw new Error("layoutTitle needs at least one font size");

  const words = normalizeSpaces(title)
    .split(" ")
    .filter((word) => word.length > 0);
  for (const fontSize of sizes) {
    const fits = (text: string): boolean => measure(text, fontSize) <= maxWidth;
    const lines = wrapGreedy(words, fits, maxLines);
    if (lines !== undefined) return { lines, fontSize, truncated: false };
  }

  const fits = (text: string): boolean => measure(text, smallest) <= maxWidth;
  return { ...wrapAndCut(words, fits, maxLines), fontSize: smallest };
}

/** Fills each line with as many words as fit; undefined when a word is too wide or lines run out. */
function wrapGreedy(
  words: readonly string[],
  fits: (text: string) => boolean,
  maxLines: number,
): string[] | undefined {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line === "" || !fits(word)) return undefined;
    lines.push(line);
    if (lines.length === maxLines) return undefined;
    line = word;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Like wrapGreedy, but splits words wider than a line (a long address, a
 * German compound) and ends the last line with "…".
 */
function wrapAndCut(
  words: readonly string[],
  fits: (text: string) => boolean,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const pieces = words.flatMap((word) => (fits(word) ? [word] : splitWord(word, fits)));
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const piece of pieces) {
    const candidate = line === "" ? piece : `${line} ${piece}`;
    if (line === "" || fits(candidate)) {
      line = candidate;
      used += 1;
      continue;
    }
    if (lines.length === maxLines - 1) break;
    lines.push(line);
    line = piece;
    used += 1;
  }
  const truncated = used < pieces.length;
  lines.push(truncated ? withEllipsis(line, fits) : line);
  return { lines, truncated };
}

/** Drops words (then characters) from the end until the line plus "…" fits. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let words = line.split(" ");
  while (words.length > 1 && !fits(ending(words.join(" ")))) words = words.slice(0, -1);
  const kept = words.join(" ");
  if (fits(ending(kept))) return ending(kept);
  const characters = graphemes(kept);
  const count = largestFitting(characters.length, (n) => fits(ending(characters.slice(0, n).join(""))));
  return ending(characters.slice(0, count).join(""));
}

/** The cut text with "…", minus a separator that would read oddly before it ("word,…"); brackets stay. */
function ending(text: string): string {
  return `${text.replace(/[\s,;:.\u060c\u061b\u2013\u2014-]+$/u, "")}${ELLIPSIS}`;
}

/** Splits a word too wide for a line into pieces that fit, by whole characters. */
function splitWord(word: string, fits: (text: string) => boolean): string[] {
  let rest = graphemes(word);
  const pieces: string[] = [];
  while (rest.length > 0) {
    const count = Math.max(
      1,
      largestFitting(rest.length, (n) => fits(rest.slice(0, n).join(""))),
    );
    pieces.push(rest.slice(0, count).join(""));
    rest = rest.slice(count);
  }
  return pieces;
}

/** The largest n in [0, max] with fitsCount(n), assuming that longer never fits better; binary search keeps measuring cheap. */
function largestFitting(max: number, fitsCount: (n: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsCount(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
