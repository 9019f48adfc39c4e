import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlPagesIn } from "../support/built-site";
import { LinkChecker } from "../support/link-checker";

/**
 * Every link and asset address in the built site resolves: internal pages,
 * files, and #fragments (FAQ answers, demands). Reads dist/ as it will be
 * published, after npm run build (which prints the leaflets too). (tests/build/fixture-site.test.ts
 * does the same for a site built for a folder.)
 */
const outDir = path.resolve("dist");
const site = new URL(
  readFileSync("content/settings.yaml", "utf8").match(/^url:\s*(\S+)/m)?.[1] ?? "https://example.org",
);
const checker = new LinkChecker(outDir, site);
const htmlFiles = htmlPagesIn(outDir);

describe("links in the built site", () => {
  it("has pages to check (run npm run build first)", () => {
    expect(htmlFiles.length).toBeGreaterThan(10);
  });

  it("would notice a broken link", () => {
    expect(checker.fileFor(`${site.pathname}no-such-page/`)).toBeUndefined();
    expect(checker.fileFor(site.pathname)).toBeDefined();
  });

  it.each(htmlFiles)("every internal link and #fragment in %s resolves", (file) => {
    expect(checker.brokenLinks(file)).toEqual([]);
  });
});
