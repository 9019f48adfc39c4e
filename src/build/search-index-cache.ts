import { createHash, randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installedVersion } from "./package-version.ts";

/**
 * Each language's search index as the last build wrote it, kept in the build cache with the key
 * of what went into it. Pagefind indexes every language apart anyway, and its files for one
 * language are named after it; a language whose pages are unchanged is copied from here instead of
 * indexed again. Retitling an English statement then indexes English only: at 5,000 statements,
 * Arabic and Spanish were 2.5 of the search step's 9.8 s, and an Arabic edit saves the other 7.
 */

/** What Pagefind reads for one record: its address and its page (search-index.ts recordPage). */
export interface IndexedPage {
  url: string;
  content: string;
}

/** The file beside a kept index that holds its key; never copied into the site. */
export const KEY_FILE = "key";
const pagefindVersion = installedVersion("pagefind");

/**
 * Everything a language's index is made of: Pagefind's version and options, the language and
 * every page with its address, in order. The pages are what recordPage wrote, so a change to how
 * records are folded or laid out changes the key too.
 */
export function indexKey(lang: string, pages: readonly IndexedPage[], options: object): string {
  const hash = createHash("sha256").update(JSON.stringify({ pagefindVersion, options, lang }));
  for (const { url, content } of pages) hash.update(`\0${url}\0${content}`);
  return hash.digest("hex");
}

/** The folder of a language's index kept under this key, if the cache has it. */
export function cachedIndex(cacheDir: string | undefined, lang: string, key: string): string | undefined {
  if (!cacheDir) return undefined;
  const folder = path.join(cacheDir, lang);
  try {
    return readFileSync(path.join(folder, KEY_FILE), "utf8") === key ? folder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A new, empty folder for Pagefind to write a language's index into: beside the cache's own folder
 * for that language, so keepIndex can rename it into place; in the system's temporary folder when
 * there is no cache.
 */
export function newIndexFolder(cacheDir: string | undefined, lang: string): string {
  if (!cacheDir) return mkdtempSync(path.join(tmpdir(), `campaign-search-${lang}-`));
  mkdirSync(cacheDir, { recursive: true });
  const folder = path.join(cacheDir, `.${lang}-${randomUUID()}`);
  mkdirSync(folder);
  return folder;
}

/**
 * Puts a language's newly written index in the cache under its key, replacing the last one, and
 * returns where it now is. The key is written last and the folder renamed whole, so a build
 * stopped halfway leaves a folder no later build reads.
 */
export function keepIndex(cacheDir: string | undefined, lang: string, key: string, written: string): string {
  if (!cacheDir) return written;
  writeFileSync(path.join(written, KEY_FILE), key);
  const folder = path.join(cacheDir, lang);
  rmSync(folder, { recursive: true, force: true });
  renameSync(written, folder);
  return folder;
}

/** Removes what a build without a cache wrote to the temporary folder, and unfinished folders. */
export function forgetIndexFolder(cacheDir: string | undefined, folder: string): void {
  if (!cacheDir || path.basename(folder).startsWith(".")) rmSync(folder, { recursive: true, force: true });
}

/**
 * Removes what no build will read again: folders a stopped build left unfinished, and the indexes
 * of languages the site no longer has.
 */
export function pruneIndexCache(cacheDir: string | undefined, languages: readonly string[]): void {
  if (!cacheDir || !existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir))
    if (name.startsWith(".") || !languages.includes(name))
      rmSync(path.join(cacheDir, name), { recursive: true, force: true });
}
