import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { t } from "../../src/i18n/ui";
import { htmlPagesIn } from "../support/built-site";
import { imagesWithMetadata, sharpMetadata } from "../support/photos";
import { metadataBlocks } from "../../src/lib/image-metadata";
import {
  buildFixture,
  prepareFixture,
  runScript,
  type Fixture,
  type RunResult,
} from "../support/fixture-build";
import { LinkChecker } from "../support/link-checker";
import { parseHeaders } from "../support/headers-file";
import { unzipText } from "../support/offline-editions";
import { isLeafletSheet, isOfflineEdition } from "../../src/lib/page-kinds";
import { STORED_MDX } from "../../src/lib/stored-mdx-tree";

/**
 * The small fixture site (tests/fixtures/site), built with its PDFs as it would be for a host
 * that serves it from a folder (a GitHub Pages project site, say): https://example.org/campaign/.
 * One build shows what editors' content becomes (drafts left out, links marked, translations
 * noted), that every link, asset, feed and PDF works under that folder, that no command touches
 * the editors' files, and that a rebuild the content checker stops keeps the last good site.
 */
const site = new URL("https://example.org/campaign/");
// With the leaflet PDFs in the offline zips, which the sample site leaves out.
const env = { CAMPAIGN_SITE_URL: site.href, CAMPAIGN_ZIP_LEAFLETS: "on" };

/** Every file under a folder, with its content hash and modification time. */
function snapshot(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) =>
    statSync(path.join(folder, file)).isFile(),
  );
  return new Map(
    files.map((file) => {
      const full = path.join(folder, file);
      const hash = createHash("sha256").update(readFileSync(full)).digest("hex");
      return [file, `${hash} ${statSync(full).mtimeMs}`];
    }),
  );
}

let fixture: Fixture;
let build: RunResult;
let contentBefore: Map<string, string>;
const read = (file: string) => readFileSync(path.join(fixture.outDir, file), "utf8");
const exists = (file: string) => existsSync(path.join(fixture.outDir, file));

beforeAll(async () => {
  fixture = prepareFixture();
  contentBefore = snapshot(fixture.contentDir);
  build = await buildFixture(fixture, env);
}, 300_000);

afterAll(() => fixture?.remove());

describe("the fixture site, built for a folder", () => {
  it("builds", () => {
    expect(build.status, build.output).toBe(0);
    expect(exists("statements/first-statement/index.html")).toBe(true);
  });

  it("indexes for search beside Astro the records its pages then give, under the site's folder", () => {
    // Every component, a draft, a parked file and a translation: records read from the files agree
    // with the pages' own, so the search step indexes nothing itself.
    expect(build.output).toMatch(/Search index: en, ar prepared beside Astro/);
    expect(build.output).toMatch(/search index: en, ar found in the cache/);
    expect(build.output).not.toMatch(/Pagefind is indexing/);
  });

  it("publishes no draft and no file whose name starts with _", () => {
    expect(exists("statements/not-ready-yet")).toBe(false);
    expect(exists("statements/_parked-idea")).toBe(false);
    expect(read("statements/index.html")).not.toContain("A draft statement");
  });

  it("marks editors' links to other sites noopener noreferrer and hides addresses from harvesters", () => {
    const statement = read("statements/first-statement/index.html");
    expect(statement).toMatch(/<a href="https:\/\/news\.example\.net\/report" rel="noopener noreferrer">/);
    expect(statement).toContain('<a href="/campaign/demands/">our demands</a>');
    expect(statement).toContain(
      '<a href="mailto:info%40example.org"><bdi>info<span>@</span>example.org</bdi></a>',
    );
    expect(statement).not.toMatch(/info@example\.org/);
  });

  it("shows a video hosted elsewhere as a card with a link, loading nothing from its site", () => {
    const statement = read("statements/first-statement/index.html");
    const card = statement.slice(statement.indexOf(">YouTube<") - 200);
    expect(card).toMatch(/>YouTube<\/p>\s*<p[^>]*>A speech at the rally<\/p>/);
    expect(card).toMatch(
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=VIDEO_ID" rel="noopener noreferrer"[^>]*>\s*Open on YouTube/,
    );
    // Only the reader's click reaches YouTube: no frame, script, image or style from it.
    expect(statement).not.toMatch(/(?:src|srcset|poster|data)="[^"]*youtube/);
    expect(statement).not.toMatch(/<iframe|<script[^>]+youtube/);
  });

  it("says which translation is out of date, shows untranslated entries in English, and lists both", () => {
    // The Arabic statement records an old fingerprint of its original: it says so and links to it.
    const arabic = read("ar/statements/first-statement/index.html");
    expect(arabic).toMatch(/<html lang="ar" dir="rtl"/);
    expect(arabic).toContain(t("ar", "translation.outdated"));
    expect(arabic).toContain('href="/campaign/statements/first-statement/" hreflang="en"');
    // The untranslated action shows on Arabic pages in English, marked as English.
    expect(read("ar/actions/index.html")).toMatch(
      /<h3[^>]* lang="en" dir="ltr"[^>]*>\s*<a href="\/campaign\/actions\/act-now\/"/,
    );
    // The picker on the English action leads to the Arabic home, as it has no translation.
    expect(read("actions/act-now/index.html")).toMatch(/<a href="\/campaign\/ar\/" lang="ar" hreflang="ar"/);
    expect(build.output).toContain("missing translation: ");
    expect(build.output).toMatch(/may be out of date: .*statements\/ar\/first-statement\.mdx/);
  });

  it("has no broken link, asset or #fragment anywhere", () => {
    const checker = new LinkChecker(fixture.outDir, site);
    const files = htmlPagesIn(fixture.outDir);
    expect(files.length).toBeGreaterThan(10);
    expect(
      files.flatMap((file) => checker.brokenLinks(file).map((problem) => `${file}: ${problem}`)),
    ).toEqual([]);
  });

  it("addresses pages, share images, styles and icons under the folder", () => {
    const home = read("index.html");
    expect(home).toContain('<link rel="canonical" href="https://example.org/campaign/">');
    expect(home).toContain('<meta property="og:image" content="https://example.org/campaign/og/index.png">');
    expect(exists("og/index.png")).toBe(true);
    expect(home).toMatch(/<link rel="stylesheet" href="\/campaign\/_astro\//);
    expect(home).toContain('href="/campaign/favicon.svg"');
    expect(home).toContain('href="/campaign/ar/"');
    const manifest = JSON.parse(read("manifest.webmanifest")) as {
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe("/campaign/");
    expect(manifest.icons.every((icon) => icon.src.startsWith("/campaign/"))).toBe(true);
  });

  it("lists the folder's addresses in robots.txt, the sitemap and the feeds", () => {
    expect(read("robots.txt")).toContain("Sitemap: https://example.org/campaign/sitemap-index.xml");
    const locations = [...read("sitemap-0.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1] ?? "",
    );
    expect(locations.length).toBeGreaterThan(5);
    expect(locations.filter((location) => !location.startsWith(site.href))).toEqual([]);
    const links = [...read("rss.xml").matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? "");
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((link) => !link.startsWith(site.href))).toEqual([]);
  });

  it("prints the leaflets with their own fonts, loaded from the folder", () => {
    const sheet = read("leaflets/statements/first-statement/index.html");
    expect(sheet).toContain('href="/campaign/leaflets/fonts/faces.css"');
    // The faces' addresses are relative to the stylesheet, so they hold under the folder.
    const faces = [...read("leaflets/fonts/faces.css").matchAll(/url\("([^"]+)"\)/g)].map(
      (match) => match[1] ?? "",
    );
    expect(faces).toEqual([
      "noto-sans-400.woff2",
      "noto-sans-800.woff2",
      "noto-sans-arabic-400.woff2",
      "noto-sans-arabic-800.woff2",
    ]);
    for (const face of faces) expect(exists(path.join("leaflets/fonts", face))).toBe(true);
    const fonts = execFileSync(
      "pdffonts",
      [path.join(fixture.outDir, "leaflets/en/first-statement-a4.pdf")],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(fonts).toMatch(/NotoSans/);
  });
});

describe("mirrors and the onion service", () => {
  const onion = "http://exampleexampleexampleexampleexampleexampleexampleexample.onion";
  const mirror = "https://mirror.example.net/";

  it("announce the onion copy of each page on that page, and the onion service in _headers", () => {
    // Leaflet sheets are print sources, not pages readers browse; an offline edition lists the onion address.
    const pages = htmlPagesIn(fixture.outDir).filter(
      (file) => !isOfflineEdition(file) && !isLeafletSheet(file),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const page = file === "404.html" ? "" : file.replace(/index\.html$/, "");
      expect(read(file), file).toContain(
        `<meta http-equiv="onion-location" content="${onion}/campaign/${page}">`,
      );
    }
    expect(parseHeaders(read("_headers")).get("/*")?.get("onion-location")).toBe(`${onion}/campaign/`);
  });

  it("are listed where a blocked reader looks: About, the not-found page and the offline editions", () => {
    for (const file of [
      "about/index.html",
      "ar/about/index.html",
      "404.html",
      "offline/fc-en.html",
      "offline/fc-ar.html",
    ]) {
      expect(read(file), file).toContain(`href="${mirror}"`);
      expect(read(file), file).toContain(`href="${onion}/"`);
    }
  });
});

describe("the offline editions of a site in a folder", () => {
  it("link only within themselves, to full addresses, or to relative files of the zip", () => {
    const edition = read("offline/fc-ar.html");
    expect(edition).not.toMatch(/href="\/campaign\//);
    expect(edition).toContain('href="https://example.org/campaign/ar/statements/first-statement/"');
    const zip = unzipText(path.join(fixture.outDir, "offline/fc-ar.zip"));
    const statement = new TextDecoder().decode(zip.get("fc-ar/statements/first-statement/index.html"));
    expect(statement).toContain('href="../../_astro/');
    expect(statement).not.toMatch(/(?:href|src)="\/campaign\//);
    // Asked for, the leaflet PDFs the pages offer are in the zip, linked where they are.
    expect(statement).toContain('href="../../leaflets/ar/first-statement-a4.pdf"');
    expect(zip.has("fc-ar/leaflets/ar/first-statement-a4.pdf")).toBe(true);
    // The untranslated English action is in the English one-file edition the Arabic zip carries.
    expect(new TextDecoder().decode(zip.get("fc-ar/actions/index.html"))).toContain(
      'href="../fc-en.html#action-act-now"',
    );
  });
});

describe("MDX bodies", () => {
  /** Each MDX entry of the build's data store: rendered during the sync, or left to the bundler. */
  function howRendered(): Map<string, "at sync" | "by the bundler"> {
    // The store is devalue's flat JSON: an array whose objects give, for each field, the index of its value.
    type Flat = Record<string, number>;
    const store = readFileSync(path.join(fixture.root, ".cache/campaign/astro/data-store.json"), "utf8");
    const flat = JSON.parse(store) as unknown[];
    const ways = new Map<string, "at sync" | "by the bundler">();
    for (const item of flat) {
      if (!item || typeof item !== "object" || Array.isArray(item) || !("filePath" in item)) continue;
      const entry = item as Flat;
      const file = String(flat[entry.filePath ?? -1]);
      if (!file.endsWith(".mdx")) continue;
      const rendered = flat[entry.rendered ?? -1] as Flat | undefined;
      const metadata = flat[rendered?.metadata ?? -1] as Flat | undefined;
      if ("deferredRender" in entry) ways.set(file, "by the bundler");
      else if (metadata && STORED_MDX in metadata) ways.set(file, "at sync");
    }
    return ways;
  }

  it("are rendered during the content sync, and one with a picture by the bundler", () => {
    const ways = howRendered();
    expect(ways.get("content/statements/en/first-statement.mdx")).toBe("by the bundler");
    expect(ways.get("content/statements/ar/first-statement.mdx")).toBe("at sync");
    expect(ways.get("content/faq/en/a-question.mdx")).toBe("at sync");
    expect(ways.get("content/actions/en/act-now.mdx")).toBe("at sync");
  });

  it("show a picture in the text as an optimised image from the site, with its words", () => {
    const statement = read("statements/first-statement/index.html");
    const [tag = ""] = statement.match(/<img[^>]* alt="The same gradient, shown in the text\."[^>]*>/) ?? [];
    expect(tag).toMatch(/ src="\/campaign\/_astro\/banner\.[^"]+\.webp"/);
    expect(statement).toContain("A line worth repeating.");
  });
});

describe("photos", () => {
  it("are published with no metadata at all, even what the content check lets through", () => {
    // The statement's photo carries a caption, a copyright, an orientation and a colour profile in
    // EXIF, XMP and ICC: harmless, so the check passes it, but the published copy carries nothing.
    const source = readFileSync(path.join(fixture.contentDir, "statements/en/images/banner.jpg"));
    expect(metadataBlocks(source).map((block) => block.kind)).toEqual(["EXIF", "XMP"]);
    const photo = read("statements/first-statement/index.html").match(
      /<img[^>]* src="\/campaign\/([^"]+)"/,
    )?.[1];
    expect(photo).toMatch(/^_astro\/banner\./);
    const { files, withMetadata } = imagesWithMetadata(fixture.outDir);
    expect(files).toContain(photo);
    expect(withMetadata).toEqual([]);
  });

  it("stand the way their orientation said, once it is gone", async () => {
    // Stored 96×64 with "turn 90° clockwise" in its EXIF, as phones store upright photos, and as
    // npm run clean-photos keeps them: the published copy is turned, and 64 wide by 96 high.
    const page = read("statements/first-statement/index.html");
    const [tag = "", photo = ""] = page.match(/<img[^>]* src="\/campaign\/([^"]+)"[^>]*>/) ?? [];
    const { width, height, orientation, exif, xmp, icc } = await sharpMetadata(
      readFileSync(path.join(fixture.outDir, photo)),
    );
    expect([width, height]).toEqual([64, 96]);
    expect({ orientation, exif, xmp, icc }).toEqual({
      orientation: undefined,
      exif: undefined,
      xmp: undefined,
      icc: undefined,
    });
    expect(tag).toMatch(/ width="64"/);
    expect(tag).toMatch(/ height="96"/);
  });
});

describe("the editors' files", () => {
  it("are never changed by checking, listing translations or building", async () => {
    expect((await runScript(fixture, "scripts/check-content.ts", env)).status).toBe(0);
    expect((await runScript(fixture, "scripts/translations.ts", env)).status).toBe(0);
    expect(snapshot(fixture.contentDir)).toEqual(contentBefore);
  });
});

describe("a rebuild the content check stops", () => {
  it("says what to fix and leaves the published folder exactly as it was", async () => {
    expect(build.status).toBe(0);
    const published = snapshot(fixture.outDir);
    const file = path.join(fixture.contentDir, "statements/en/first-statement.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^published: .*$/m, "published: 2025-02-30"));
    const { status, output } = await buildFixture(fixture, env);
    expect(status).not.toBe(0);
    expect(output).toContain("✖ content/statements/en/first-statement.mdx");
    expect(output).toContain('published: "2025-02-30" is not a real calendar date');
    expect(output).toContain("Build failed: nothing was published (dist/ still holds the last good build)");
    expect(snapshot(fixture.outDir)).toEqual(published);
    expect(existsSync(`${fixture.outDir}.staging`)).toBe(false);
  });
});
