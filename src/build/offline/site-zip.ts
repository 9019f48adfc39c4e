import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { anchorFor, type Anchors } from "./edition.ts";
import { zipArchive } from "./zip-archive.ts";
import { elements, parseHtml, removeAll, serializeHtml, sitePath, type HtmlElement } from "./html.ts";

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

/** Whether an element's address is something the page loads to show itself (it then goes in the zip). */
const loadsResource = ({ name, attribs }: HtmlElement) =>
  name === "img" ||
  name === "source" ||
  (name === "link" && /\b(stylesheet|icon)\b/.test(attribs["rel"] ?? ""));

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
  const files = new Map<string, Uint8Array>();
  const assets = new Map<string, string>();
  const put = (name: string, data: Uint8Array) => {
    files.set(`${input.folder}/${name}`, data);
  };

  /** Where a site path's file lands in the zip: stripped of the base, and of the language prefix. */
  const assetInZip = (sitePathname: string) => {
    const within = sitePathname.startsWith(input.languagePrefix)
      ? sitePathname.slice(input.languagePrefix.length)
      : sitePathname.slice(input.base.length);
    return decodeURIComponent(within);
  };

  for (const page of input.pages) {
    const document = parseHtml(readFileSync(path.join(input.outDir, page.file), "utf8"));
    // One walk through the page (a thousand-statement site has thousands of pages).
    const dropped: HtmlElement[] = [];
    for (const element of elements(document)) {
      const { name, attribs } = element;
      if (
        name === "script" ||
        (name === "link" && /\b(manifest|apple-touch-icon)\b/.test(attribs["rel"] ?? ""))
      ) {
        dropped.push(element);
        continue;
      }
      for (const attribute of ["href", "src"] as const) {
        const target = sitePath(attribs[attribute] ?? "");
        if (target) attribs[attribute] = rewrite(page, target, loadsResource(element));
      }
      if (attribs["srcset"] !== undefined) {
        attribs["srcset"] = attribs["srcset"]
          .split(",")
          .map((candidate) => {
            const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
            const target = sitePath(url);
            return [target ? rewrite(page, target, true) : url, ...descriptor].join(" ");
          })
          .join(", ");
      }
    }
    removeAll(dropped);
    put(page.inZip, new TextEncoder().encode(serializeHtml(document)));
  }
  for (const [file, inZip] of assets) put(inZip, readFileSync(path.join(input.outDir, file)));
  for (const [file, edition] of input.otherEditions) put(file, new TextEncoder().encode(edition.html));
  return zipArchive(files, input.mtime);

  function rewrite(page: ZipPage, target: { path: string; hash: string }, loads: boolean): string {
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
