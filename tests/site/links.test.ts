import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every link and asset address in the built site resolves: internal pages,
 * files, and #fragments (FAQ answers, demands). Reads dist/ as it will be
 * published, after npm run build and npm run leaflets.
 */
const outDir = path.resolve("dist");
const site = new URL(
  readFileSync("content/settings.yaml", "utf8").match(/^url:\s*(\S+)/m)?.[1] ?? "https://example.org",
);

const htmlFiles = existsSync(outDir)
  ? readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"))
  : [];

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ""));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file a site path is served from, as static hosts do: directories serve index.html. */
function fileFor(pathname: string): string | undefined {
  const decoded = path.join(outDir, decodeURIComponent(pathname));
  for (const candidate of [decoded, path.join(decoded, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every broken internal address in one page. */
function brokenLinks(file: string): string[] {
  const html = readFileSync(path.join(outDir, file), "utf8");
  const pageUrl = new URL(
    `/${file
      .split(path.sep)
      .join("/")
      .replace(/index\.html$/, "")}`,
    site,
  );
  const broken: string[] = [];
  for (const [, attribute, value = ""] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    if (/^(?:mailto:|tel:|data:|javascript:)/.test(value)) continue;
    const target = new URL(value.replace(/&amp;/g, "&"), pageUrl);
    if (target.origin !== site.origin) continue;
    const targetFile = fileFor(target.pathname);
    if (!targetFile) {
      broken.push(`${attribute}="${value}": no such file`);
    } else if (target.hash && targetFile.endsWith(".html")) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!idsIn(targetFile).has(id)) broken.push(`${attribute}="${value}": no element with id "${id}"`);
    }
  }
  return broken;
}

describe("links in the built site", () => {
  it("has pages to check (run npm run build && npm run leaflets first)", () => {
    expect(htmlFiles.length).toBeGreaterThan(10);
  });

  it.each(htmlFiles)("every internal link and #fragment in %s resolves", (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });
});
