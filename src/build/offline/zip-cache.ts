import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { markCacheFileUsed, writeCacheFile } from "../cache-file.ts";
import { decodeZipCache, encodeZipCache, type CachedPage, type ZipCacheEntries } from "./zip-cache-file.ts";
import { deflateFile, type DeflatedFile } from "./zip-archive.ts";

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("base64");
};

/**
 * The key of a page as built: its bytes, and where it lands in the zip (its links are written
 * relative to that). Everything else the rewritten page depends on goes through how its links
 * resolve, which site-zip.ts checks again on every build before it uses a cached page; the code and
 * libraries that rewrote and deflated it are named once for the whole file (zip-cache-file.ts).
 */
export const pageKey = (inZip: string, html: Uint8Array) => sha256(inZip, "\0", html);

/**
 * One language's zip, as it was last built: each reading page rewritten and deflated, and each file
 * the zip holds as it is (stylesheets, icons, QR codes, the other languages' editions) deflated, so
 * a build in which few pages changed compresses only those. It remembers what this build used, and
 * `save` keeps only that, so it never grows past the site. Without a file it keeps nothing between
 * builds (a zip made without a cache).
 */
export class ZipCache {
  private readonly file: string | undefined;
  private readonly stored: ZipCacheEntries;
  private readonly kept = { pages: new Map<string, CachedPage>(), files: new Map<string, DeflatedFile>() };
  private changed = false;

  // (Not parameter properties: Node runs this file by stripping its types, and cannot strip those.)
  private constructor(file: string | undefined, stored: ZipCacheEntries) {
    this.file = file;
    this.stored = stored;
  }

  /** A cache that starts empty and is saved nowhere. */
  static none(): ZipCache {
    return new ZipCache(undefined, { pages: new Map(), files: new Map() });
  }

  /** The cache kept in `file`; an empty one when there is none yet, or it cannot be trusted. */
  static read(file: string): ZipCache {
    let entries: ZipCacheEntries | undefined;
    try {
      entries = decodeZipCache(readFileSync(file));
    } catch {
      // No cache yet, or one that cannot be read: a cold zip, never a failed build.
    }
    return new ZipCache(file, entries ?? { pages: new Map(), files: new Map() });
  }

  /** The page kept under this key, to be checked (its links) before it is used. */
  page(key: string): CachedPage | undefined {
    return this.stored.pages.get(key);
  }

  /** Keeps a page for the next build: the one `page` gave, or a page made again. */
  keepPage(key: string, page: CachedPage): void {
    this.kept.pages.set(key, page);
    if (this.stored.pages.get(key) !== page) this.changed = true;
  }

  /** A file that goes into the zip as it is, deflated, or taken from the cache when it has the same bytes. */
  deflate(data: Uint8Array): DeflatedFile {
    const key = sha256(data);
    let file = this.stored.files.get(key);
    if (!file) {
      file = deflateFile(data);
      this.changed = true;
    }
    this.kept.files.set(key, file);
    return file;
  }

  /**
   * Writes what this build used, and only that, atomically. When that is exactly what was read, the
   * file is only marked as used (so the build's clean-up keeps it), not written again.
   */
  async save(): Promise<void> {
    if (!this.file) return;
    const unchanged =
      !this.changed &&
      this.kept.pages.size === this.stored.pages.size &&
      this.kept.files.size === this.stored.files.size;
    if (unchanged) await markCacheFileUsed(this.file);
    else await writeCacheFile(this.file, encodeZipCache(this.kept));
  }
}
