import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { mdxRenderedAtSync } from "./build/mdx-at-sync.ts";
import {
  collectionPattern,
  COLLECTION_LAYOUT,
  contentDir,
  type CollectionName,
} from "./site/content-layout.ts";
import { actionSchema } from "./schemas/action.ts";
import { demandSchema } from "./schemas/demand.ts";
import { faqSchema } from "./schemas/faq.ts";
import { pageSchema } from "./schemas/page.ts";
import { statementSchema } from "./schemas/statement.ts";
import { topicSchema } from "./schemas/topic.ts";

/**
 * Every collection reads content/<collection>/<language>/<slug>.<ext>, so an
 * entry's id is "<language>/<slug>". The content checker
 * (src/content-checks) has already validated these files with the same
 * schemas by the time Astro loads them. MDX bodies are rendered while Astro loads them, not by
 * the bundler (build/mdx-at-sync.ts), so pages render them with data/render-entry.ts.
 */
function loader(name: CollectionName) {
  return mdxRenderedAtSync(
    glob({ pattern: collectionPattern(name), base: `${contentDir}/${COLLECTION_LAYOUT[name].folder}` }),
  );
}

export const collections = {
  statements: defineCollection({
    loader: loader("statements"),
    schema: ({ image }) => statementSchema(image()),
  }),
  faq: defineCollection({ loader: loader("faq"), schema: faqSchema }),
  actions: defineCollection({ loader: loader("actions"), schema: actionSchema }),
  demands: defineCollection({ loader: loader("demands"), schema: demandSchema }),
  topics: defineCollection({ loader: loader("topics"), schema: topicSchema }),
  pages: defineCollection({ loader: loader("pages"), schema: pageSchema }),
};
