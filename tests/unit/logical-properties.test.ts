import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Right-to-left pages mirror only if every style uses logical directions
 * (ms-, pe-, start-, text-start, margin-inline-start). A physical left or
 * right anywhere in src/ breaks Arabic silently, so this fails on the first.
 */
const TAILWIND_PHYSICAL =
  /(?<![\w-])(?:-?(?:m|p|scroll-m|scroll-p)[lr]-[\w[\]./-]+|-?(?:left|right)-(?:\d[\w./]*|px|full|auto|\[[^\]]+\])|(?:border|rounded)-[lr](?:-[\w[\]./-]+)?|rounded-(?:tl|tr|bl|br)(?:-[\w[\]./-]+)?|(?:text|float|clear)-(?:left|right))(?![\w-])/g;
const CSS_PHYSICAL =
  /(?<![\w-])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)|left|right)\s*:|(?:float|clear|text-align)\s*:\s*(?:left|right)\b/g;

export function physicalDirections(source: string): string[] {
  const found = [...source.matchAll(TAILWIND_PHYSICAL), ...source.matchAll(CSS_PHYSICAL)].map(
    (match) => match[0],
  );
  return [...new Set(found)].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(astro|ts|css|mdx?)$/.test(file))
    .map((file) => path.join(dir, file));
}

describe("logical properties only", () => {
  it("finds physical directions when they are there", () => {
    expect(physicalDirections('<div class="ml-4 pr-2 text-right left-0 border-l rounded-tr-lg">')).toEqual([
      "border-l",
      "left-0",
      "ml-4",
      "pr-2",
      "rounded-tr-lg",
      "text-right",
    ]);
    expect(physicalDirections("a { margin-left: 1rem; right: 0; text-align: left }")).toEqual([
      "margin-left:",
      "right:",
      "text-align: left",
    ]);
    // Words in comments are not styles.
    expect(physicalDirections("// arrows flip in right-to-left pages")).toEqual([]);
    expect(physicalDirections('<div class="ms-4 pe-2 text-start start-0 border-s rounded-se-lg">')).toEqual(
      [],
    );
  });

  it.each(sourceFiles("src"))("%s uses no physical left or right", (file) => {
    expect(physicalDirections(readFileSync(file, "utf8"))).toEqual([]);
  });
});
