import { createHash } from "node:crypto";
import path from "node:path";

/**
 * How many chunks each collection's entries in a language are bundled into. Any number from 8
 * to 128 built a 5,000-statement site equally fast; 32 keeps each chunk of a large archive's
 * English statements near 125 entries, and a small site's entries in chunks of their own.
 */
export const CHUNKS_PER_COLLECTION_LANGUAGE = 32;

/**
 * Bundles the compiled Markdown and MDX entries into a few dozen chunks for each collection and
 * language, instead of the one chunk per entry (two, with its styles) the bundler makes for
 * modules that are imported lazily.
 *
 * Why: Astro's bundler writes every chunk, turns each one into an object for the plugins that
 * look at the output, and hashes each one for the incremental build. With 5,063 entries that
 * was 10,214 chunks, and bundling took 21 s of the bench's one-edit rebuild; in 32 chunks per
 * collection and language (232 in all) it took 14 s. The pages are the same to the byte: the
 * chunks only decide which files the compiled entries sit in while the build renders them.
 *
 * An entry always lands in the same chunk (a hash of its file name picks it), so adding or
 * editing one entry changes one chunk, not every chunk's contents.
 */
export function contentChunkGroups(contentDir: string, chunks = CHUNKS_PER_COLLECTION_LANGUAGE) {
  const root = `${path.resolve(contentDir).split(path.sep).join("/")}/`;
  /** "statements-en-7" for an entry of content/statements/en/, or null for any other module. */
  const groupOf = (id: string): string | null => {
    if (!id.startsWith(root)) return null;
    const file = id.slice(root.length).replace(/\?.*$/, "");
    const match = /^([^/]+)\/([^/]+)\/(.+)\.mdx?$/.exec(file);
    if (!match) return null;
    const [, collection, language, slug] = match as unknown as [string, string, string, string];
    const bucket = createHash("sha1").update(slug).digest().readUInt32BE(0) % chunks;
    return `content-${collection}-${language}-${bucket}`;
  };
  return {
    groups: [{ name: groupOf, test: (id: string) => groupOf(id) !== null }],
  };
}
