import { describe, expect, it } from "vitest";
import { parseUnicodeRange, rangeCovers, referencesInCss } from "../../scripts/bench/page-references";

describe("the bench weighs only the font faces a page's text needs", () => {
  it("reads unicode-range as a browser does: single points, spans and wildcards", () => {
    expect(parseUnicodeRange("U+20-7E, U+600-6FF, U+2212, U+4??")).toEqual([
      [0x20, 0x7e],
      [0x600, 0x6ff],
      [0x2212, 0x2212],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange(undefined)).toBeUndefined();
  });

  it("counts a face for text in its range, and every face without a range", () => {
    const arabicText = new Set([..."سلام"].map((char) => char.codePointAt(0)!));
    expect(rangeCovers(parseUnicodeRange("U+600-6FF"), arabicText)).toBe(true);
    expect(rangeCovers(parseUnicodeRange("U+20-7E"), arabicText)).toBe(false);
    expect(rangeCovers(undefined, arabicText)).toBe(true);
  });

  it("gives each font file its face's range", () => {
    const css =
      '@font-face{font-family:A;src:url("a.woff2") format("woff2");unicode-range:U+600-6FF}' +
      '@font-face{font-family:B;src:url("b.woff2")}';
    expect(referencesInCss(css).fonts).toEqual([
      { href: "a.woff2", unicodeRange: [[0x600, 0x6ff]] },
      { href: "b.woff2", unicodeRange: undefined },
    ]);
  });
});
