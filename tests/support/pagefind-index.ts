import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

export interface IndexedPage {
  url: string;
  meta: { title?: string };
}

/**
 * Every page a language's search index holds, read back from Pagefind's fragment files (gzip,
 * after a signature). A fragment holds one page, or, past 500 pages in a language, several keyed
 * by their hashes.
 */
export function indexedPages(pagefindDir: string, lang: string): IndexedPage[] {
  const fragments = path.join(pagefindDir, "fragment");
  return readdirSync(fragments)
    .filter((name) => name.startsWith(`${lang}_`))
    .flatMap((name) => {
      const json = gunzipSync(readFileSync(path.join(fragments, name)))
        .toString("utf8")
        .replace(/^pagefind_dcd/, "");
      const parsed = JSON.parse(json) as IndexedPage | Record<string, IndexedPage>;
      return "url" in parsed && typeof parsed.url === "string"
        ? [parsed as IndexedPage]
        : Object.values(parsed as Record<string, IndexedPage>);
    });
}
