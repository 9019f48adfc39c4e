import { createHash } from "node:crypto";
import { installedVersion } from "../package-version.ts";
import { PAGE_REWRITE_VERSION, type SiteTarget } from "./page-rewrite.ts";
import type { DeflatedFile } from "./zip-archive.ts";

/** A link of a page as it was resolved when the page was rewritten: the target, and what it became. */
export interface ResolvedLink extends SiteTarget {
  loads: boolean;
  to: string;
}

/** A rewritten, deflated page, with the links it was rewritten with, in the order the walk met them. */
export interface CachedPage extends DeflatedFile {
  links: readonly ResolvedLink[];
}

/** What one language's zip cache holds: pages by their key, and files kept as they are by theirs. */
export interface ZipCacheEntries {
  pages: ReadonlyMap<string, CachedPage>;
  files: ReadonlyMap<string, DeflatedFile>;
}

let format: string | undefined;

/**
 * What made the cached bytes, besides the pages: this file's layout, the rewriting walk, the HTML
 * parser and serialiser, and zlib (another zlib may deflate the same bytes differently, and the
 * zips must stay what a build without the cache makes). A cache written under any other is not read.
 */
function cacheFormat(): string {
  format ??= JSON.stringify({
    layout: 1,
    rewrite: PAGE_REWRITE_VERSION,
    zlib: process.versions.zlib,
    htmlparser2: installedVersion("htmlparser2"),
    "dom-serializer": installedVersion("dom-serializer"),
    domutils: installedVersion("domutils"),
  });
  return format;
}

type StoredLink = [path: string, hash: string, loads: boolean, to: string];
type StoredFile = [key: string, offset: number, length: number, crc: number, size: number];
type StoredPage = [...StoredFile, links: number[]];

interface Header {
  format: string;
  links: StoredLink[];
  pages: StoredPage[];
  files: StoredFile[];
}

/** Bytes before the header: its checksum (SHA-256 of everything after it), then the header's length. */
const CHECKSUM_BYTES = 32;
const PREFIX_BYTES = CHECKSUM_BYTES + 4;

/**
 * A zip cache as one file, so that it is written in one atomic rename and can never be an index
 * from one build and the bytes of another: a checksum, the length of a JSON header, the header
 * (the format, the links every page resolved, each page and file's place in the bytes), then every
 * deflated entry, one after the other. A link many pages share (the menu's) is written once.
 */
export function encodeZipCache({ pages, files }: ZipCacheEntries): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const place = (key: string, { deflated, crc, size }: DeflatedFile): StoredFile => {
    chunks.push(deflated);
    offset += deflated.length;
    return [key, offset - deflated.length, deflated.length, crc, size];
  };
  const links: StoredLink[] = [];
  const linkIndex = new Map<string, number>();
  // Pages taken from the cache share their link objects (decodeZipCache makes each once), so most
  // are found by identity, without a key built for each link (235,000 in the three zips at 5,000
  // statements).
  const objectIndex = new Map<ResolvedLink, number>();
  const indexOf = (link: ResolvedLink) => {
    let index = objectIndex.get(link);
    if (index !== undefined) return index;
    const { path, hash, loads, to } = link;
    const id = `${path}\0${hash}\0${loads ? 1 : 0}\0${to}`;
    index = linkIndex.get(id);
    if (index === undefined) {
      index = links.push([path, hash, loads, to]) - 1;
      linkIndex.set(id, index);
    }
    objectIndex.set(link, index);
    return index;
  };
  const header: Header = {
    format: cacheFormat(),
    links,
    pages: [...pages].map(([key, page]) => [...place(key, page), page.links.map(indexOf)]),
    files: [...files].map(([key, file]) => place(key, file)),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = Buffer.concat([length, json, ...chunks]);
  return Buffer.concat([createHash("sha256").update(body).digest(), body]);
}

/**
 * The entries of a cache file, or nothing when it cannot be trusted: cut short, changed, written
 * by another format or by another version of what makes the bytes. A cache is only ever a
 * shortcut, so the caller then makes every page again.
 */
export function decodeZipCache(bytes: Uint8Array<ArrayBuffer>): ZipCacheEntries | undefined {
  try {
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (file.length < PREFIX_BYTES) return undefined;
    const body = file.subarray(CHECKSUM_BYTES);
    if (!createHash("sha256").update(body).digest().equals(file.subarray(0, CHECKSUM_BYTES)))
      return undefined;
    const headerEnd = PREFIX_BYTES + file.readUInt32LE(CHECKSUM_BYTES);
    const header = JSON.parse(file.subarray(PREFIX_BYTES, headerEnd).toString("utf8")) as Header;
    if (header.format !== cacheFormat()) return undefined;
    const blob = file.subarray(headerEnd);
    const entry = ([, offset, length, crc, size]: StoredFile | StoredPage): DeflatedFile => {
      if (offset + length > blob.length) throw new RangeError("An entry runs past the end of the cache");
      return { deflated: blob.subarray(offset, offset + length), crc, size };
    };
    const links = header.links.map(([path, hash, loads, to]): ResolvedLink => ({ path, hash, loads, to }));
    const pages = new Map(
      header.pages.map((stored): [string, CachedPage] => [
        stored[0],
        {
          ...entry(stored),
          links: stored[5].map((index) => {
            const link = links[index];
            if (!link) throw new RangeError("A page names a link the cache does not hold");
            return link;
          }),
        },
      ]),
    );
    const files = new Map(header.files.map((stored): [string, DeflatedFile] => [stored[0], entry(stored)]));
    return { pages, files };
  } catch {
    return undefined;
  }
}
