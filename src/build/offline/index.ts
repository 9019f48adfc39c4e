import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  editionFile,
  EDITION_SOURCE_SEGMENT,
  OFFLINE_FOLDER,
  zipFile,
  zipFolder,
} from "../../lib/offline-files.ts";
import type { Settings } from "../../schemas/settings.ts";
import { SECTIONS } from "../../site/sections.ts";
import { fillDownloadSizes } from "./download-sizes.ts";
import { finishEdition, type Anchors } from "./edition.ts";
import { withOnionLocation } from "./onion-header.ts";
import { siteZip, type ZipPage } from "./site-zip.ts";
import { ZipCache } from "./zip-cache.ts";

export interface OfflineEditionsInput {
  /** The built site, before it is published (the staging folder). */
  outDir: string;
  settings: Settings;
  /** The site's base folder, "/" or "/campaign/". */
  base: string;
  /** The address canonical links name (site/address.ts), with its final slash. */
  canonicalSite: string;
  /** Put the leaflet PDFs the pages link to into the zips (CAMPAIGN_ZIP_LEAFLETS=on). */
  withLeafletPdfs?: boolean;
  /**
   * The folder of the zips' cache, buildCacheDir("offline-zips"), named by the caller (this runs
   * in a worker thread): pages unchanged since the last build are not rewritten and compressed
   * again. Without it, every page is.
   */
  cacheDir?: string;
}

export interface LanguageReport {
  lang: string;
  edition: { file: string; bytes: number; gzipBytes: number };
  /** `reused`: the pages taken from the cache rather than rewritten and compressed again. */
  zip: { file: string; bytes: number; pages: number; reused: number };
}

/** Every file in the zips carries this date: the same site always makes the same bytes. */
const ZIP_DATE = new Date("1980-01-01T12:00:00Z");

/**
 * Makes the offline editions of a built site, in its folder, before it is published (so a
 * failure here publishes nothing): for each language the campaign in one file and the reading
 * pages as a zip, into offline/; then writes their sizes into the downloads pages, and the
 * Onion-Location header into _headers when settings.yaml names an onion address.
 */
export async function publishOfflineEditions({
  outDir,
  settings,
  base,
  canonicalSite,
  withLeafletPdfs = false,
  cacheDir,
}: OfflineEditionsInput): Promise<LanguageReport[]> {
  const canonical = (sitePathname: string) => new URL(sitePathname.slice(base.length), canonicalSite).href;
  const prefixOf = (code: string) => (code === settings.defaultLanguage ? base : `${base}${code}/`);
  const folderOf = (code: string) => path.join(outDir, ...(code === settings.defaultLanguage ? [] : [code]));
  const offlineDir = path.join(outDir, OFFLINE_FOLDER);
  mkdirSync(offlineDir, { recursive: true });

  const editions = new Map<string, { file: string; html: string; anchors: Anchors; prefix: string }>();
  for (const { code } of settings.languages) {
    const source = path.join(folderOf(code), EDITION_SOURCE_SEGMENT);
    const rendered = path.join(source, "index.html");
    if (!existsSync(rendered))
      throw new Error(`Astro did not render the ${code} offline edition (${rendered})`);
    const { html, anchors } = finishEdition(readFileSync(rendered, "utf8"), { canonical });
    rmSync(source, { recursive: true, force: true });
    const file = editionFile(settings.shortName, code);
    writeFileSync(path.join(offlineDir, file), html);
    editions.set(code, { file, html, anchors, prefix: prefixOf(code) });
  }

  const pagesByLanguage = readingPages(outDir, settings, base);
  const reports: LanguageReport[] = [];
  for (const { code } of settings.languages) {
    const edition = editions.get(code)!;
    const pages = pagesByLanguage.get(code) ?? [];
    const otherEditions = new Map(
      [...editions].filter(([other]) => other !== code).map(([, other]) => [other.file, other]),
    );
    const folder = zipFolder(settings.shortName, code);
    const cache = cacheDir ? ZipCache.read(path.join(cacheDir, `${folder}.bin`)) : ZipCache.none();
    const zip = siteZip(
      {
        outDir,
        base,
        folder,
        pages,
        languagePrefix: prefixOf(code),
        otherEditions,
        canonical,
        mtime: ZIP_DATE,
        alsoHold: (sitePathname) => withLeafletPdfs && sitePathname.endsWith(".pdf"),
      },
      cache,
    );
    const file = zipFile(settings.shortName, code);
    writeFileSync(path.join(offlineDir, file), zip.bytes);
    await cache.save().catch((error: unknown) =>
      // The zip is made and right; only the next build loses the shortcut.
      console.warn(`The ${code} offline zip's cache could not be saved: ${(error as Error).message}`),
    );
    reports.push({
      lang: code,
      edition: {
        file: edition.file,
        bytes: Buffer.byteLength(edition.html),
        gzipBytes: gzipSync(edition.html, { level: 9 }).length,
      },
      zip: { file, bytes: zip.bytes.length, pages: pages.length, reused: zip.reusedPages },
    });
  }

  const sizes = new Map(
    reports.flatMap(({ edition, zip }) => [
      [edition.file, edition.bytes],
      [zip.file, zip.bytes],
    ]),
  );
  for (const { code } of settings.languages) {
    const page = path.join(folderOf(code), "downloads", "index.html");
    writeFileSync(page, fillDownloadSizes(readFileSync(page, "utf8"), sizes));
  }

  if (settings.onion) {
    const headers = path.join(outDir, "_headers");
    writeFileSync(
      headers,
      withOnionLocation(
        readFileSync(headers, "utf8"),
        new URL(new URL(canonicalSite).pathname, settings.onion).href,
      ),
    );
  }
  return reports;
}

/**
 * Each language's reading pages in a built site: its home page and the pages of every section
 * that goes into the zip (site/sections.ts), entries and later pages of lists included.
 */
export function readingPages(outDir: string, settings: Settings, base: string): Map<string, ZipPage[]> {
  const zipped = SECTIONS.filter((section) => section.inOfflineZip).map((section) => section.path);
  const pages = new Map<string, ZipPage[]>();
  for (const { code } of settings.languages) {
    const root = code === settings.defaultLanguage ? [] : [code];
    // The home page, and only the folders of zipped sections: a walk of the whole site (leaflet
    // sheets, print QR codes, the search index) took 0.3 s at 5,000 statements.
    const files = [
      ...(existsSync(path.join(outDir, ...root, "index.html")) ? ["index.html"] : []),
      ...zipped.flatMap((section) => {
        const folder = path.join(outDir, ...root, section);
        if (!existsSync(folder)) return [];
        return readdirSync(folder, { recursive: true, encoding: "utf8" })
          .map((file) => `${section}/${file.split(path.sep).join("/")}`)
          .filter((file) => file.endsWith("/index.html"));
      }),
    ]
      .map((file) => [...root, file].join("/"))
      .sort();
    pages.set(
      code,
      files.map((file) => {
        const segments = file.split("/").slice(0, -1);
        return {
          file,
          path: `${base}${segments.map((segment) => `${segment}/`).join("")}`,
          inZip: [...segments.slice(root.length), "index.html"].join("/"),
        };
      }),
    );
  }
  return pages;
}
