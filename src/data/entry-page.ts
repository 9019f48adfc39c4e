import type { CollectionEntry } from "astro:content";
import { splitEntryId } from "~/lib/urls.ts";
import { publishedEntries } from "./published.ts";
import { entryTranslations } from "./queries.ts";
import { renderEntry } from "./render-entry.ts";
import { entryParams, entryPath } from "./routes.ts";
import { outdatedOriginalLink } from "./translations.ts";

/** The collections whose entries each have a page of their own. */
export type EntryCollection = "statements" | "actions" | "faq";

/**
 * getStaticPaths of an entry page: one page per published entry, in its own language. With
 * `keyOf`, each page gets a cacheKey (data/page-keys.ts), so a build can copy it from the last one.
 */
export async function entryPagePaths<C extends EntryCollection>(
  collection: C,
  keyOf?: (entry: CollectionEntry<C>) => Promise<string>,
) {
  return Promise.all(
    (await publishedEntries(collection)).map(async (entry) => ({
      params: entryParams(entry.id),
      props: { entry },
      ...(keyOf && import.meta.env.PROD ? { cacheKey: await keyOf(entry) } : {}),
    })),
  );
}

/**
 * What every entry page needs besides the entry's own fields: its language
 * and slug, its rendered body, its address in every language it exists in
 * (language picker, hreflang) and, for a translation whose original has
 * changed since, the original to link to.
 */
export async function entryPage<C extends EntryCollection>(entry: CollectionEntry<C>) {
  const { lang, slug } = splitEntryId(entry.id);
  const { Content, headings } = await renderEntry(entry);
  return {
    lang,
    slug,
    Content,
    /** The body's headings, for a table of contents. */
    headings,
    translations: await entryTranslations(entry.collection, slug),
    outdatedOriginal: await outdatedOriginalLink(entry, (original) => entryPath(entry.collection, original)),
  };
}
