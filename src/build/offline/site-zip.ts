import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { anchorFor, type Anchors } from "./edition.ts";
import { rewritePage, type SiteTarget } from "./page-rewrite.ts";
import { deflateFile, zipArchive, type DeflatedFile } from "./zip-archive.ts";
import { pageKey, ZipCache } from "./zip-cache.ts";
import type { ResolvedLink } from "./zip-cache-file.ts";

/** A page of the site: the file Astro wrote and where it lands in the zip. */
export interface ZipPage {
  /** The page's file, relative to the built site: "ar/statements/x/index.html". */
  file: string;
  /** Its site path, base folder included: "/ar/statements/x/". */
  path: string;
  /** Where it goes in the zip's folder: "statements/x/index.html". */
  inZip: string;
}

export interface SiteZipInput {
  /** The built site (the staging folder). */
  outDir: string;
  /** The site's base folder, "/" or "/campaign/". */
  base: string;
  /** The folder the zip unpacks into, "iac-ar". */
  folder: string;
  /** The language's reading pages. */
  pages: readonly ZipPage[];
  /** The site path prefix of the language's pages: "/ar/" (or the base, for the default language). */
  languagePrefix: string;
  /** The other languages' one-file editions, put beside the pages: file name → its HTML and anchors. */
  otherEditions: ReadonlyMap<string, { html: string; anchors: Anchors; prefix: string }>;
  /** A site path's canonical address, for links to pages the zip does not hold. */
  canonical: (path: string) => string;
  /** The date every file in the zip carries, so the same site always makes the same zip. */
  mtime: Date;
  /** Files the pages link to that go into the zip too (the leaflet PDFs, when asked for). */
  alsoHold?: (sitePathname: string) => boolean;
}

/** Where a link goes: a file in the zip (and the #fragment after it), or an address on the web. */
type Located = { inZip: string; segments: string[]; suffix: string } | { address: string };

/** A language's zip, and how many of its pages came from the cache rather than being made again. */
export interface SiteZip {
  bytes: Uint8Array;
  reusedPages: number;
}

/**
 * The path from the folder of the file `from` to `to`, both relative to the zip's folder and
 * without "." or ".." segments: what `path.posix.relative(path.posix.dirname(from), to) || "."`
 * gives, without first resolving both against the working folder, which was a fifth of the zips'
 * time at 5,000 statements: every link of every page goes through it, cached or not (235,000 in
 * the three zips).
 */
export const relativeTo = (from: string, to: string) =>
  relativeFrom(from.split("/").slice(0, -1), to.split("/"));

/** relativeTo, from a folder's segments to a file's. */
function relativeFrom(folder: readonly string[], target: readonly string[]): string {
  let common = 0;
  while (common < folder.length && folder[common] === target[common]) common++;
  const up = folder.length - common;
  const rest = target.slice(common);
  if (rest.length === 0) return up === 0 ? "." : `${"../".repeat(up - 1)}..`;
  return `${"../".repeat(up)}${rest.join("/")}`;
}

/**
 * One language's reading pages as a zip that works wherever it is unpacked: from file:// on a
 * computer or phone, or served from any folder of any host. Every link to a page it holds
 * becomes a relative path ending in index.html (file:// shows folders, not their index); a link
 * to another language goes to that language's one-file edition, which the zip carries, at the
 * same entry; every other link to the site goes to its canonical address. Scripts (the copy and
 * share buttons, which need a web address) and the web-app manifest are left out; the
 * stylesheets, icon and print QR codes the pages use go in.
 *
 * With a cache (zip-cache.ts), a page whose bytes and links are what they were at the last build
 * is not parsed or compressed again, and neither is a file with the same bytes: the zip comes out
 * the same, byte for byte, as one made without.
 */
export function siteZip(input: SiteZipInput, cache = ZipCache.none()): SiteZip {
  const byPath = new Map(input.pages.map((page) => [page.path, page]));
  const files = new Map<string, DeflatedFile>();
  const assets = new Map<string, string>();
  // Where each link goes, by its target (see locate), and by the link itself for the links of cached
  // pages, which the cache file holds once however many pages share them.
  const located = new Map<string, Located>();
  const locatedLinks = new Map<SiteTarget, Located>();
  // The folder of the page whose links are being rewritten, as segments.
  let folderOf: ZipPage | undefined;
  let folder: string[] = [];
  const put = (name: string, file: DeflatedFile) => {
    files.set(`${input.folder}/${name}`, file);
  };

  /** Where a site path's file lands in the zip: stripped of the base, and of the language prefix. */
  const assetInZip = (sitePathname: string) => {
    const within = sitePathname.startsWith(input.languagePrefix)
      ? sitePathname.slice(input.languagePrefix.length)
      : sitePathname.slice(input.base.length);
    return decodeURIComponent(within);
  };

  let reusedPages = 0;
  for (const page of input.pages) {
    const html = readFileSync(path.join(input.outDir, page.file));
    const key = pageKey(page.inZip, html);
    let entry = cache.page(key);
    // A cached page holds while each of its links resolves as it did: that covers every page,
    // edition and file it links to, and the site's addresses, and registers the files it loads.
    if (entry?.links.every((link) => rewrite(page, link, link.loads) === link.to)) reusedPages++;
    else {
      const links: ResolvedLink[] = [];
      const rewritten = rewritePage(html.toString("utf8"), (target, loads) => {
        const to = rewrite(page, target, loads);
        links.push({ path: target.path, hash: target.hash, loads, to });
        return to;
      });
      entry = { ...deflateFile(new TextEncoder().encode(rewritten)), links };
    }
    cache.keepPage(key, entry);
    put(page.inZip, entry);
  }
  for (const [file, inZip] of assets) put(inZip, cache.deflate(readFileSync(path.join(input.outDir, file))));
  for (const [file, edition] of input.otherEditions)
    put(file, cache.deflate(new TextEncoder().encode(edition.html)));
  return { bytes: zipArchive(files, input.mtime), reusedPages };

  /**
   * Where a link's target is in the zip (with what follows the path), or its address when the zip
   * does not hold it. The same for every page that links to it, so it is worked out once: most
   * links are the menu's and the footer's, on every page.
   */
  function locate(target: SiteTarget, loads: boolean): Located {
    const inZip = (file: string, suffix: string): Located => ({
      inZip: file,
      segments: file.split("/"),
      suffix,
    });
    const held = byPath.get(target.path);
    if (held) return inZip(held.inZip, target.hash);
    for (const [file, edition] of input.otherEditions) {
      if (!target.path.startsWith(edition.prefix)) continue;
      const anchor = anchorFor(edition.anchors, target);
      if (anchor) return inZip(file, `#${anchor}`);
    }
    const file = decodeURIComponent(target.path.slice(input.base.length));
    if ((loads || input.alsoHold?.(target.path)) && existsSync(path.join(input.outDir, file))) {
      const asset = assetInZip(target.path);
      assets.set(file, asset);
      return inZip(asset, target.hash);
    }
    return { address: input.canonical(`${target.path}${target.hash}`) };
  }

  function rewrite(page: ZipPage, target: SiteTarget, loads: boolean): string {
    let where = locatedLinks.get(target);
    if (!where) {
      const key = `${target.path}\0${target.hash}\0${loads ? 1 : 0}`;
      where = located.get(key) ?? locate(target, loads);
      located.set(key, where);
      locatedLinks.set(target, where);
    }
    if ("address" in where) return where.address;
    if (page !== folderOf) {
      folderOf = page;
      folder = page.inZip.split("/").slice(0, -1);
    }
    return `${relativeFrom(folder, where.segments)}${where.suffix}`;
  }
}
