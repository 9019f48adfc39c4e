import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageBudgets } from "../../scripts/bench/budgets.ts";
import { SiteWeigher } from "../../scripts/bench/page-weight.ts";
import { htmlPagesIn } from "../support/built-site";
import { isOfflineEdition } from "../../src/lib/page-kinds.ts";
import { publishedAddress } from "../../src/site/address.ts";
import { loadSettings } from "../../src/site/settings.ts";

/**
 * The byte budgets of issue 7, for every page of the built site, measured by
 * the code `npm run bench` reports with: each page renders from at most 14 KB
 * of gzip-compressed HTML and render-blocking CSS and script (one round trip
 * of a new connection), and runs less than 5 KB of compressed script. Reads
 * dist/ as npm run build leaves it.
 */
const outDir = path.resolve("dist");
const weigher = new SiteWeigher(outDir, publishedAddress(loadSettings()).base);
// The offline editions are downloads with a budget of their own (tests/site/offline-editions.test.ts).
const pages = htmlPagesIn(outDir).filter((file) => !isOfflineEdition(file));

/** What is over a budget, with what it is made of, so a failure says where the bytes are. */
function overBudget(page: string, name: "first render" | "script"): string[] {
  const weight = weigher.weigh(page);
  const parts = weight.resources
    .filter((resource) =>
      name === "script" ? resource.kind === "js" : resource.renderBlocking && !resource.inline,
    )
    .map((resource) => `${resource.source} ${resource.sizes.gzip}`);
  if (name === "first render") parts.unshift(`HTML ${weight.html.gzip}`);
  return pageBudgets(weight)
    .filter((result) => result.name === name && !result.pass)
    .map((result) => `${result.bytes} bytes gzip (${parts.join(" + ")}), budget ${result.limit}`);
}

describe("byte budgets of the built site", () => {
  it("has pages to weigh (run npm run build first)", () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)("%s renders from at most 14 KB", (page) => {
    expect(overBudget(page, "first render")).toEqual([]);
  });

  it.each(pages)("%s runs less than 5 KB of script", (page) => {
    expect(overBudget(page, "script")).toEqual([]);
  });
});
