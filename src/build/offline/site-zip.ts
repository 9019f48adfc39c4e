import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { anchorFor, type Anchors } from "./edition.ts";
import { rewritePage, type SiteTarget } from "./page-rewrite.ts";
import { deflateFile, zipArchive, type DeflatedFile } from "./zip-archive.ts";

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

/** The path from the folder of the file `from` to `to`, both relative to the zip's folder. */
const relativeTo = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to) || ".";

/**
 * One language's reading pages as a zip that works wherever it is unpacked: from file:// on a
 * computer or phone, or served from any folder of any host. Every link to a page it holds
 * becomes a relative path ending in index.html (file:// shows folders, not their index); a link
 * to another language goes to that language's one-file edition, which the zip carries, at the
 * same entry; every other link to the site goes to its canonical address. Scripts (the copy and
 * share buttons, which need a web address) and the web-app manifest are left out; the
 * stylesheets, icon and print QR codes the pages use go in.
 */
export function siteZip(input: SiteZipInput): Uint8Array {
  const byPath = new Map(input.pages.map((page) => [page.path, page]));
  const files = new Map<string, DeflatedFile>();
  const assets = new Map<string, string>();
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

  for (const page of input.pages) {
    const html = readFileSync(path.join(input.outDir, page.file), "utf8");
    const rewritten = rewritePage(html, (target, loads) => rewrite(page, target, loads));
    put(page.inZip, deflateFile(new TextEncoder().encode(rewritten)));
  }
  for (const [file, inZip] of assets) put(inZip, deflateFile(readFileSync(path.join(input.outDir, file))));
  for (const [file, edition] of input.otherEditions)
    put(file, deflateFile(new TextEncoder().encode(edition.html)));
  return zipArchive(files, input.mtime);

  function rewrite(page: ZipPage, target: SiteTarget, loads: boolean): string {
    const held = byPath.get(target.path);
    if (held) return `${relativeTo(page.inZip, held.inZip)}${target.hash}`;
    for (const [file, edition] of input.otherEditions) {
      if (!target.path.startsWith(edition.prefix)) continue;
      const anchor = anchorFor(edition.anchors, target);
      if (anchor) return `${relativeTo(page.inZip, file)}#${anchor}`;
    }
    const file = decodeURIComponent(target.path.slice(input.base.length));
    if ((loads || input.alsoHold?.(target.path)) && existsSync(path.join(input.outDir, file))) {
      const inZip = assetInZip(target.path);
      assets.set(file, inZip);
      return `${relativeTo(page.inZip, inZip)}${target.hash}`;
    }
    return input.canonical(`${target.path}${target.hash}`);
  }
}
