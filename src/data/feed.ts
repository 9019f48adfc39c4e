import type { CollectionEntry } from "astro:content";
import { splitEntryId } from "~/lib/urls";
import { FEED_LENGTH } from "./pagination.ts";
import { publishedEntries } from "./published.ts";
import { newestFirst } from "./queries.ts";

/**
 * The newest statements written in a language, for its feed. Unlike the
 * lists, a feed takes no untranslated statements from the default language:
 * whoever subscribes to /ar/rss.xml asked for Arabic. Feed readers show the
 * latest, and the whole archive would make the feed grow without end.
 */
export async function feedStatements(lang: string): Promise<CollectionEntry<"statements">[]> {
  const written = (await publishedEntries("statements")).filter(
    (entry) => splitEntryId(entry.id).lang === lang,
  );
  return written.sort(newestFirst).slice(0, FEED_LENGTH);
}
