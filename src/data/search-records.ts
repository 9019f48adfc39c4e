import type { CollectionEntry } from "astro:content";
import { formatDate, isoDay } from "~/lib/dates.ts";
import { plainExcerpt, plainText } from "~/lib/excerpt.ts";
import type { SearchKind, SearchRecord } from "~/lib/search-records.ts";
import { entryLang } from "./languages.ts";
import { getActions, getDemands, getFaqSections, getStatements, slugOf } from "./queries.ts";
import { entryPath, pathTo } from "./routes.ts";

/**
 * What search finds in a language: the statements, actions, answers and demands its lists show
 * (its own entries and the default language's untranslated ones), each with the words a reader
 * sees on its page. Lists, home pages and leaflet sheets are not searched: each only repeats
 * these. The build indexes them (src/build/search-index.ts).
 */
export async function searchRecords(lang: string): Promise<SearchRecord[]> {
  const [statements, actions, sections, demands] = await Promise.all([
    getStatements(lang),
    getActions(lang),
    getFaqSections(lang),
    getDemands(lang),
  ]);
  const record = (
    kind: SearchKind,
    entry: { id: string },
    url: string,
    fields: Omit<SearchRecord, "kind" | "url" | "lang" | "topics"> & { topics?: readonly string[] },
  ): SearchRecord => ({ kind, url, lang: entryLang(entry), ...fields, topics: [...(fields.topics ?? [])] });

  return [
    ...statements.map((entry: CollectionEntry<"statements">) =>
      record("statement", entry, entryPath("statements", entry), {
        title: entry.data.title,
        summary: entry.data.summary,
        date: formatDate(entry.data.published, lang),
        datetime: isoDay(entry.data.published),
        topics: entry.data.tags,
        text: [entry.data.author ?? "", plainText(entry.body ?? "")].join("\n").trim(),
      }),
    ),
    ...actions.map((entry) =>
      record("action", entry, entryPath("actions", entry), {
        title: entry.data.title,
        summary: entry.data.summary,
        topics: entry.data.tags,
        text: [...entry.data.steps, plainText(entry.body ?? "")].join("\n"),
      }),
    ),
    ...sections.flatMap(({ entries }) =>
      entries.map((entry) =>
        record("answer", entry, entryPath("faq", entry), {
          title: entry.data.question,
          summary: entry.data.share?.text ?? plainExcerpt(entry.body ?? ""),
          text: plainText(entry.body ?? ""),
        }),
      ),
    ),
    ...demands.map((entry) =>
      record("demand", entry, pathTo(lang, "demands", slugOf(entry)), {
        title: entry.data.title,
        summary: plainExcerpt(entry.data.text),
        text: entry.data.text,
      }),
    ),
  ];
}
