import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { relativeTo, siteZip, type SiteZipInput, type ZipPage } from "../../src/build/offline/site-zip";
import { ZipCache } from "../../src/build/offline/zip-cache";
import { decodeZipCache } from "../../src/build/offline/zip-cache-file";

/**
 * The offline zips' cache (src/build/offline/zip-cache.ts): a zip made from it is the zip made
 * without it, byte for byte, and a page whose bytes or surroundings changed is never served as it
 * was. A small built site in a temporary folder stands for dist/.
 */
let outDir = "";
let cacheFile = "";

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/_astro/global.css"><link rel="icon" href="/favicon.svg"><link rel="manifest" href="/manifest.webmanifest"><script type="module" src="/_astro/share.js"></script></head><body><nav><a href="/">Home</a> <a href="/statements/">Statements</a> <a href="/faq/#safety">Safety</a> <a href="/leaflets/">Leaflets</a></nav>${body}</body></html>`;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), text);
}

/** The built site's reading pages, by site path, as readingPages (offline/index.ts) lists them. */
const zipPage = (sitePath: string): ZipPage => {
  const within = sitePath.slice(1);
  return { file: `${within}index.html`, path: sitePath, inZip: `${within}index.html` };
};

function input(paths: string[], canonicalSite = "https://example.org"): SiteZipInput {
  return {
    outDir,
    base: "/",
    folder: "iac-en",
    pages: paths.map(zipPage),
    languagePrefix: "/",
    otherEditions: new Map([
      [
        "iac-ar.html",
        {
          html: '<!DOCTYPE html><html lang="ar"><body><article id="statement-a">أ</article></body></html>',
          anchors: new Map([["/ar/statements/a/", "statement-a"]]),
          prefix: "/ar/",
        },
      ],
    ]),
    canonical: (sitePath) => `${canonicalSite}${sitePath}`,
    mtime: new Date("1980-01-01T12:00:00Z"),
  };
}

const PAGES = ["/", "/statements/", "/statements/a/", "/statements/b/", "/faq/"];

/** The zip made without a cache, as every build made it before there was one. */
const cold = (zipInput: SiteZipInput) => Buffer.from(siteZip(zipInput).bytes);

/** The zip made with the cache file, which is then saved as a build saves it. */
async function cached(zipInput: SiteZipInput) {
  const cache = ZipCache.read(cacheFile);
  const { bytes, reusedPages } = siteZip(zipInput, cache);
  await cache.save();
  return { bytes: Buffer.from(bytes), reusedPages };
}

const entryText = (zip: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(zip)[name]);

beforeEach(() => {
  outDir = mkdtempSync(path.join(tmpdir(), "campaign-zip-cache-"));
  cacheFile = path.join(outDir, ".cache", "iac-en.bin");
  write("_astro/global.css", "body { color: black }");
  write("_astro/share.js", "share();");
  write("favicon.svg", "<svg></svg>");
  write("index.html", page('<a href="/statements/a/">A</a>'));
  write("statements/index.html", page('<a href="/statements/a/">A</a> <a href="/statements/b/">B</a>'));
  write(
    "statements/a/index.html",
    page(
      '<h1>A</h1><a href="/ar/statements/a/">عربي</a> <a href="/statements/c/">C</a> <img src="/statements/a/qr.svg" alt="">',
    ),
  );
  write("statements/a/qr.svg", '<svg><path d="M0 0h1"/></svg>');
  write("statements/b/index.html", page('<h1>B</h1><img srcset="/_astro/b.webp 1x, /_astro/b@2x.webp 2x">'));
  write("_astro/b.webp", "webp");
  write("_astro/b@2x.webp", "webp2x");
  write("statements/c/index.html", page("<h1>C</h1>"));
  write("faq/index.html", page('<h2 id="safety">Safety</h2>'));
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe("an offline zip made from its cache", () => {
  it("is the zip made without one, byte for byte, without rewriting a page again", async () => {
    const expected = cold(input(PAGES));
    const first = await cached(input(PAGES));
    expect(first.reusedPages).toBe(0);
    expect(first.bytes.equals(expected)).toBe(true);

    const second = await cached(input(PAGES));
    expect(second.reusedPages).toBe(PAGES.length);
    expect(second.bytes.equals(expected)).toBe(true);
    // What the pages loaded came back with them: stylesheet, icon, QR code, both images.
    expect(Object.keys(unzipSync(second.bytes)).filter((name) => !name.endsWith("index.html"))).toEqual([
      "iac-en/_astro/global.css",
      "iac-en/favicon.svg",
      "iac-en/statements/a/qr.svg",
      "iac-en/_astro/b.webp",
      "iac-en/_astro/b@2x.webp",
      "iac-en/iac-ar.html",
    ]);
  });

  it("makes a page that changed again, and only that one", async () => {
    await cached(input(PAGES));
    write("statements/b/index.html", page("<h1>B, retitled</h1>"));
    const { bytes, reusedPages } = await cached(input(PAGES));
    expect(reusedPages).toBe(PAGES.length - 1);
    expect(bytes.equals(cold(input(PAGES)))).toBe(true);
    expect(entryText(bytes, "iac-en/statements/b/index.html")).toContain("B, retitled");
  });

  it("makes a page again when a page it links to joins the zip, though its own bytes did not change", async () => {
    await cached(input(PAGES));
    const more = [...PAGES, "/statements/c/"];
    const { bytes, reusedPages } = await cached(input(more));
    // A linked to C's address online; now C is in the zip, and only A named it.
    expect(reusedPages).toBe(PAGES.length - 1);
    expect(bytes.equals(cold(input(more)))).toBe(true);
    expect(entryText(bytes, "iac-en/statements/a/index.html")).toContain('href="../c/index.html"');
  });

  it("makes a page again when a file it loads is gone, or the site's address changed", async () => {
    await cached(input(PAGES));
    rmSync(path.join(outDir, "statements/a/qr.svg"));
    const withoutQr = await cached(input(PAGES));
    expect(withoutQr.reusedPages).toBe(PAGES.length - 1);
    expect(withoutQr.bytes.equals(cold(input(PAGES)))).toBe(true);
    expect(Object.keys(unzipSync(withoutQr.bytes))).not.toContain("iac-en/statements/a/qr.svg");

    const moved = await cached(input(PAGES, "https://example.net"));
    // Every page links to the leaflets page, which the zip does not hold, by its address online.
    expect(moved.reusedPages).toBe(0);
    expect(moved.bytes.equals(cold(input(PAGES, "https://example.net")))).toBe(true);
  });

  it("keeps only what the last build used", async () => {
    await cached(input([...PAGES, "/statements/c/"]));
    await cached(input(PAGES));
    const kept = decodeZipCache(readFileSync(cacheFile));
    expect(kept?.pages.size).toBe(PAGES.length);
    // Stylesheet, icon, QR code, two images, the other language's edition.
    expect(kept?.files.size).toBe(6);
  });

  it("is a cold zip, not a failed one, when the cache is cut short or damaged", async () => {
    const expected = cold(input(PAGES));
    await cached(input(PAGES));
    const saved = readFileSync(cacheFile);
    const damaged = Buffer.from(saved);
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    for (const broken of [saved.subarray(0, saved.length / 2), damaged, Buffer.from("not a cache")]) {
      writeFileSync(cacheFile, broken);
      const { bytes, reusedPages } = await cached(input(PAGES));
      expect(reusedPages).toBe(0);
      expect(bytes.equals(expected)).toBe(true);
    }
  });
});

describe("relativeTo, the links between files of a zip", () => {
  it("gives what path.posix.relative gives from the file's folder, for every pair of a small tree", () => {
    const files = [
      "index.html",
      "about/index.html",
      "statements/index.html",
      "statements/a/index.html",
      "statements/ab/index.html",
      "statements/page/2/index.html",
      "statements/a/qr.svg",
      "_astro/global.css",
      "iac-ar.html",
      "statements",
      "statements/a",
    ];
    for (const from of files)
      for (const to of files)
        expect(relativeTo(from, to), `${from} → ${to}`).toBe(
          path.posix.relative(path.posix.dirname(from), to) || ".",
        );
  });
});
