import { createRequire } from "node:module";
import path from "node:path";
import { glob } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { collectionPattern } from "../../src/site/content-layout";

// The copies Astro's loader uses (node_modules/astro has none of its own); picomatch ships no types.
const picomatch = createRequire(import.meta.url)("picomatch") as {
  isMatch(file: string, patterns: string[]): boolean;
};

// Astro's glob() loader lists a collection's files with tinyglobby, and on the dev server tests each
// saved file against the same pattern with picomatch: both must read it alike, or an editor's
// saved file never reaches the preview.
describe("a collection's file pattern", () => {
  const pattern = collectionPattern("statements");

  it("finds the entries in each language's folder, and not those whose names start with _", async () => {
    const folder = path.join("tests", "fixtures", "site", "content", "statements");
    const files = await glob(pattern, { cwd: folder, expandDirectories: false });
    expect(files.sort()).toEqual([
      "ar/first-statement.mdx",
      "en/first-statement.mdx",
      "en/not-ready-yet.mdx",
    ]);
  });

  it("matches a saved file as the listing does, as the dev server tests it", () => {
    const matches = (file: string) => picomatch.isMatch(file, [pattern]);
    expect(matches("en/first-statement.mdx")).toBe(true);
    expect(matches("ar/first-statement.md")).toBe(true);
    expect(matches("en/_parked-idea.mdx")).toBe(false);
    expect(matches("_drafts/first-statement.mdx")).toBe(false);
    expect(matches("en/first-statement.yaml")).toBe(false);
  });
});
