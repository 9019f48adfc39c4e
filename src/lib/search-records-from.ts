import { formatDate, isoDay } from "./dates.ts";
import { plainExcerpt, plainText } from "./excerpt.ts";
import type { SearchKind, SearchRecord } from "./search-records.ts";
import { splitEntryId } from "./urls.ts";

/**
 * An entry as search reads it: Astro's collection entry while the pages are built, or the content
 * check's reading of its file when the build prepares the index beside Astro
 * (src/build/search-warm-up.ts). Only the fields a record takes.
 */
interface Source<Data> {
  /** "<language>/<slug>", as Astro names entries. */
  id: string;
  data: Data;
  body?: string | undefined;
}

/** Every published entry search finds, in every language. */
export interface SearchSources {
  statements: readonly Source<{
    title: string;
    summary: string;
    published: Date;
    tags: readonly string[];
    author?: string | undefined;
  }>[];
  actions: readonly Source<{
    title: string;
    summary: string;
    tags: readonly string[];
    steps: readonly string[];
  }>[];
  answers: readonly Source<{ question: string; share?: { text?: string | undefined } | undefined }>[];
  demands: readonly Source<{ title: string; text: string }>[];
}

/** The address of a page in a language: the site's own pathTo, with its base folder. */
export type PathTo = (lang: string, ...segments: string[]) => string;

/**
 * What search finds in a language: the statements, actions, answers and demands written in it,
 * each with the words a reader sees on its page, statements newest first. Lists, home
 * pages and leaflet sheets are not searched: each only repeats these.
 *
 * A language's lists also show the default language's untranslated entries, but its search does
 * not: its words are typed in the language, and an archive of thousands of statements in one
 * language would otherwise be indexed once per language (three times the build's indexing, and
 * a heavier first search, for pages the reader finds by searching in their own language).
 *
 * One function for both readings of the content, so the index prepared beside Astro is the one
 * the pages' records ask for; the build checks that it is (src/build/search-index.ts).
 */
export function searchRecordsFrom(lang: string, sources: SearchSources, pathTo: PathTo): SearchRecord[] {
  const writtenIn = <S extends { id: string }>(entries: readonly S[]) =>
    entries.map((entry) => ({ entry, ...splitEntryId(entry.id) })).filter((entry) => entry.lang === lang);
  const record = (
    kind: SearchKind,
    url: string,
    fields: Omit<SearchRecord, "kind" | "url" | "topics"> & { topics?: readonly string[] },
  ): SearchRecord => ({ kind, url, ...fields, topics: [...(fields.topics ?? [])] });
  const byAddress = (a: SearchRecord, b: SearchRecord) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
  // Statements newest first, as the site lists them, the rest by address: an order of the
  // records' own, so both readings of the content give the same records in the same order.
  const newestFirst = writtenIn(sources.statements).sort(
    (a, b) =>
      b.entry.data.published.getTime() - a.entry.data.published.getTime() ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );

  return [
    ...newestFirst.map(({ entry, slug }) =>
      record("statement", pathTo(lang, "statements", slug), {
        title: entry.data.title,
        summary: entry.data.summary,
        date: formatDate(entry.data.published, lang),
        datetime: isoDay(entry.data.published),
        topics: entry.data.tags,
        text: [entry.data.author ?? "", plainText(entry.body ?? "")].join("\n").trim(),
      }),
    ),
    ...[
      ...writtenIn(sources.actions).map(({ entry, slug }) =>
        record("action", pathTo(lang, "actions", slug), {
          title: entry.data.title,
          summary: entry.data.summary,
          topics: entry.data.tags,
          text: [...entry.data.steps, plainText(entry.body ?? "")].join("\n"),
        }),
      ),
      ...writtenIn(sources.answers).map(({ entry, slug }) =>
        record("answer", pathTo(lang, "faq", slug), {
          title: entry.data.question,
          summary: entry.data.share?.text ?? plainExcerpt(entry.body ?? ""),
          text: plainText(entry.body ?? ""),
        }),
      ),
      ...writtenIn(sources.demands).map(({ entry, slug }) =>
        record("demand", pathTo(lang, "demands", slug), {
          title: entry.data.title,
          summary: plainExcerpt(entry.data.text),
          text: entry.data.text,
        }),
      ),
    ].sort(byAddress),
  ];
}
