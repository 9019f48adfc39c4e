import { contentFolder } from "./environment.ts";

/**
 * Where editors' files live. Tests point this at a fixture folder
 * (CAMPAIGN_CONTENT_DIR) so they can build broken content without touching content/.
 */
export const contentDir = contentFolder();

/**
 * Where each collection's files live under content/ and which file types it
 * takes. Both Astro's loaders (src/content.config.ts) and the content checker
 * read this, so they always agree on which files are content.
 */
export const COLLECTION_LAYOUT = {
  statements: { folder: "statements", extensions: ["mdx", "md"] },
  faq: { folder: "faq", extensions: ["mdx", "md"] },
  actions: { folder: "actions", extensions: ["mdx", "md"] },
  demands: { folder: "demands", extensions: ["yaml", "yml"] },
  topics: { folder: "topics", extensions: ["yaml", "yml"] },
  pages: { folder: "pages", extensions: ["mdx", "md"] },
} as const;

export type CollectionName = keyof typeof COLLECTION_LAYOUT;

/**
 * The glob for Astro's loader: one folder per language, then the entry.
 * Names that start with "_" are skipped, so editors can park unfinished work.
 * Written [^_], not [!_]: the loader lists files with tinyglobby, which reads both, but on the
 * dev server it tests each saved file with picomatch, which matches nothing against [!_], so an
 * edit never reached the preview.
 */
export function collectionPattern(name: CollectionName): string {
  const { extensions } = COLLECTION_LAYOUT[name];
  return `[^_]*/[^_]*.{${extensions.join(",")}}`;
}
