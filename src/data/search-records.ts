import { formatDate, isoDay } from "~/lib/dates.ts";
import { plainExcerpt, plainText } from "~/lib/excerpt.ts";
import type { SearchKind, SearchRecord } from "~/lib/search-records.ts";
import { entryLang } from "./languages.ts";
import { getActions, getDemands, getFaqSections, getStatements, slugOf } from "./queries.ts";
import { entryPath, pathTo } from "./routes.ts";

/**
 * What search finds in a language: the statements, actions, answers and demands written in it,
 * each with the words a reader sees on its page. Lists, home pages and leaflet sheets are not
 * searched: each only repeats these. The build indexes them (src/build/search-index.ts).
 *
 * A language's lists also show the default language's untranslated entries, but its search does
 * not: its words are typed in the language, and an archive of thousands of statements in one
 * language would otherwise be indexed once per language (three times the build's indexing, and
 * a heavier first search, for pages the reader finds by searching in their own language).
 */
export async function searchRecords(lang: string): Promise<SearchRecord[]> {
  const writtenIn = <E extends { id: string }>(entries: readonly E[]) =>
    entries.filter((entry) => entryLang(entry) === lang);
  const [statements, actions, answers, demands] = await Promise.all([
    getStatements(lang).then(writtenIn),
    getActions(lang).then(writtenIn),
    getFaqSections(lang).then((sections) => writtenIn(sections.flatMap(({ entries }) => entries))),
    getDemands(lang).then(writtenIn),
  ]);
  const record = (
    kind: SearchKind,
    url: string,
    fields: Omit<SearchRecord, "kind" | "url" | "topics"> & { topics?: readonly string[] },
  ): SearchRecord => ({ kind, url, ...fields, topics: [...(fields.topics ?? [])] });

  return [
    ...statements.map((entry) =>
      record("statement", entryPath("statements", entry), {
        title: entry.data.title,
        summary: entry.data.summary,
        date: formatDate(entry.data.published, lang),
        datetime: isoDay(entry.data.published),
        topics: entry.data.tags,
        text: [entry.data.author ?? "", plainText(entry.body ?? "")].join("\n").trim(),
      }),
    ),
    ...actions.map((entry) =>
      record("action", entryPath("actions", entry), {
        title: entry.data.title,
        summary: entry.data.summary,
        topics: entry.data.tags,
        text: [...entry.data.steps, plainText(entry.body ?? "")].join("\n"),
      }),
    ),
    ...answers.map((entry) =>
      record("answer", entryPath("faq", entry), {
        title: entry.data.question,
        summary: entry.data.share?.text ?? plainExcerpt(entry.body ?? ""),
        text: plainText(entry.body ?? ""),
      }),
    ),
    ...demands.map((entry) =>
      record("demand", pathTo(lang, "demands", slugOf(entry)), {
        title: entry.data.title,
        summary: plainExcerpt(entry.data.text),
        text: entry.data.text,
      }),
    ),
  ];
}
