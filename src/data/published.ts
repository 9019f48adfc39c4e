import { getCollection, type CollectionEntry, type CollectionKey } from "astro:content";

/**
 * The rule about drafts: an entry with `draft: true` shows while editing
 * (`npm run dev`) and is never published. Every list, page, feed, share image
 * and leaflet asks this one function.
 */
export const isPublished = (entry: { data: object }): boolean =>
  import.meta.env.DEV || !(entry.data as { draft?: boolean }).draft;

/** Every published entry of a collection, in every language. */
export async function publishedEntries<C extends CollectionKey>(
  collection: C,
): Promise<CollectionEntry<C>[]> {
  return (await getCollection(collection)).filter(isPublished) as CollectionEntry<C>[];
}
