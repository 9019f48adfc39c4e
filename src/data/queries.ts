import { getCollection, type CollectionEntry, type CollectionKey } from "astro:content";
import { FAQ_CATEGORIES, type FaqCategory } from "~/schemas/faq.ts";
import { relatedEntries, relatedIndex } from "~/lib/related.ts";
import { splitEntryId } from "~/lib/urls.ts";
import { isPublished, publishedEntries } from "./published.ts";
import { defaultLanguage } from "./settings.ts";
import { entryPath } from "./routes.ts";

export const slugOf = (entry: { id: string }) => splitEntryId(entry.id).slug;

/**
 * A collection as read in one language: its entries in that language, plus
 * the default language's entries that have no translation yet, so readers of
 * a newer translation still see everything. Callers mark those with their
 * own lang and dir (foreignLanguageAttrs).
 */
function inLanguageWithFallback<C extends CollectionKey>(
  collection: C,
  lang: string,
): Promise<CollectionEntry<C>[]> {
  return once(`${collection}/${lang}`, () => readInLanguageWithFallback(collection, lang));
}

/**
 * Content does not change during a build, and every page asks for the same
 * lists: with a thousand statements, recomputing them per page made the
 * build grow with the square of the archive. While editing (dev), content
 * changes between requests, so nothing is kept.
 */
const built = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let result = built.get(key) as Promise<T> | undefined;
  if (!result) {
    result = compute();
    built.set(key, result);
  }
  return result;
}

async function readInLanguageWithFallback<C extends CollectionKey>(
  collection: C,
  lang: string,
): Promise<CollectionEntry<C>[]> {
  const entries = await publishedEntries(collection);
  const own = entries.filter((entry) => splitEntryId(entry.id).lang === lang);
  if (lang === defaultLanguage) return own;
  const translated = new Set(own.map(slugOf));
  const untranslated = entries.filter(
    (entry) => splitEntryId(entry.id).lang === defaultLanguage && !translated.has(slugOf(entry)),
  );
  return [...own, ...untranslated];
}

/** Newest first; statements of the same day by file name, so the order never depends on the disk. */
export const newestFirst = (a: CollectionEntry<"statements">, b: CollectionEntry<"statements">) =>
  b.data.published.getTime() - a.data.published.getTime() || slugOf(a).localeCompare(slugOf(b));

/** Statements for a language, newest first. */
export async function getStatements(lang: string): Promise<CollectionEntry<"statements">[]> {
  // Sorted once per build: the lists, topic and demand pages and their keys all ask for it.
  return once(`statements-newest-first/${lang}`, async () =>
    [...(await inLanguageWithFallback("statements", lang))].sort(newestFirst),
  );
}

const STATUS_ORDER = { active: 0, won: 1, closed: 2 } as const;

/** Actions for a language: active ones first, then by priority (1 first), then by title. */
export async function getActions(lang: string): Promise<CollectionEntry<"actions">[]> {
  const entries = await inLanguageWithFallback("actions", lang);
  return [...entries].sort(
    (a, b) =>
      STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] ||
      a.data.priority - b.data.priority ||
      a.data.title.localeCompare(b.data.title, lang),
  );
}

/** A language's actions split into those still open and those won or closed, each in getActions' order. */
export async function actionsByStatus(
  lang: string,
): Promise<{ active: CollectionEntry<"actions">[]; past: CollectionEntry<"actions">[] }> {
  const actions = await getActions(lang);
  return {
    active: actions.filter((action) => action.data.status === "active"),
    past: actions.filter((action) => action.data.status !== "active"),
  };
}

/** The campaign's demands for a language, in their set order. */
export async function getDemands(lang: string): Promise<CollectionEntry<"demands">[]> {
  const entries = await inLanguageWithFallback("demands", lang);
  return [...entries].sort((a, b) => a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b)));
}

/**
 * Looks up entries named by id in an entry's frontmatter, keeping the order
 * the editor gave. The content check has already made sure each id exists in
 * the language or in the default language.
 */
async function resolve<C extends "demands" | "actions" | "topics">(
  collection: C,
  lang: string,
  ids: readonly string[],
): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => {
    const entry = byId.get(`${lang}/${id}`) ?? byId.get(`${defaultLanguage}/${id}`);
    if (!entry) throw new Error(`No ${collection} entry "${id}" in ${lang} or ${defaultLanguage}`);
    return isPublished(entry) ? [entry] : [];
  });
}

export const resolveDemands = (lang: string, ids: readonly string[]) => resolve("demands", lang, ids);
export const resolveActions = (lang: string, ids: readonly string[]) => resolve("actions", lang, ids);
export const resolveTopics = (lang: string, ids: readonly string[]) => resolve("topics", lang, ids);

/** The topics for a language, by name in that language's alphabetical order. */
export async function getTopics(lang: string): Promise<CollectionEntry<"topics">[]> {
  const entries = await inLanguageWithFallback("topics", lang);
  return [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, lang));
}

/** A language's statements (newest first) and actions (open first) that match, for a topic or a demand. */
export interface EntriesAbout {
  statements: CollectionEntry<"statements">[];
  actions: CollectionEntry<"actions">[];
}

/** The statements and actions that carry a topic, in a language. */
export async function taggedWith(lang: string, topic: string): Promise<EntriesAbout> {
  return {
    statements: (await getStatements(lang)).filter((entry) => entry.data.tags.includes(topic)),
    actions: (await getActions(lang)).filter((entry) => entry.data.tags.includes(topic)),
  };
}

/** The statements and actions that make a demand, in a language. */
export async function makingDemand(lang: string, demand: string): Promise<EntriesAbout> {
  return {
    statements: (await getStatements(lang)).filter((entry) => entry.data.demands.includes(demand)),
    actions: (await getActions(lang)).filter((entry) => entry.data.demands.includes(demand)),
  };
}

/** A language's statements by the year they were published, newest year first. */
export async function statementsByYear(
  lang: string,
): Promise<{ year: number; statements: CollectionEntry<"statements">[] }[]> {
  return once(`years/${lang}`, async () => {
    const years = new Map<number, CollectionEntry<"statements">[]>();
    for (const statement of await getStatements(lang)) {
      const year = statement.data.published.getUTCFullYear();
      const inYear = years.get(year);
      if (inYear) inYear.push(statement);
      else years.set(year, [statement]);
    }
    return [...years].map(([year, statements]) => ({ year, statements }));
  });
}

export interface FaqSection {
  category: FaqCategory;
  entries: CollectionEntry<"faq">[];
}

/** FAQ entries for a language, grouped by category in the set order; empty categories are left out. */
export async function getFaqSections(lang: string): Promise<FaqSection[]> {
  const entries = await inLanguageWithFallback("faq", lang);
  return FAQ_CATEGORIES.map((category) => ({
    category,
    entries: entries
      .filter((entry) => entry.data.category === category)
      .sort((a, b) => a.data.order - b.data.order || slugOf(a).localeCompare(slugOf(b))),
  })).filter((section) => section.entries.length > 0);
}

/** The other answers in an answer's category, in the page's language: where a reader goes next. */
export async function otherAnswersInSection(
  answer: CollectionEntry<"faq">,
  lang: string,
): Promise<CollectionEntry<"faq">[]> {
  const section = (await getFaqSections(lang)).find(({ category }) => category === answer.data.category);
  return (section?.entries ?? []).filter((entry) => slugOf(entry) !== slugOf(answer));
}

/** A standing page such as about, in a language or else in the default language. */
export async function getPage(lang: string, slug: string): Promise<CollectionEntry<"pages"> | undefined> {
  const pages = await inLanguageWithFallback("pages", lang);
  return pages.find((page) => slugOf(page) === slug);
}

/**
 * The languages an entry exists in, with the address of each: for the
 * language picker and hreflang links.
 */
export async function entryTranslations(
  collection: "statements" | "actions" | "faq",
  slug: string,
): Promise<Record<string, string>> {
  const bySlug = await once(`${collection}/by-slug`, async () => {
    const index = new Map<string, CollectionEntry<typeof collection>[]>();
    for (const entry of await publishedEntries(collection)) {
      index.set(slugOf(entry), [...(index.get(slugOf(entry)) ?? []), entry]);
    }
    return index;
  });
  return Object.fromEntries(
    (bySlug.get(slug) ?? []).map((entry) => [splitEntryId(entry.id).lang, entryPath(collection, entry)]),
  );
}

/** Where a statement sits in its language's list, and what it shares most with others. */
export interface StatementNeighbours {
  /** The next older statement, and the next newer one. */
  older?: CollectionEntry<"statements">;
  newer?: CollectionEntry<"statements">;
  related: CollectionEntry<"statements">[];
}

/** A statement's neighbours in a language's archive: older, newer and most related. */
export async function statementNeighbours(
  lang: string,
  statement: CollectionEntry<"statements">,
): Promise<StatementNeighbours> {
  const { list, position, index, found } = await once(`neighbours/${lang}`, async () => {
    const list = (await getStatements(lang)).map((entry) => ({
      id: entry.id,
      entry,
      topics: entry.data.tags,
      demands: entry.data.demands,
      time: entry.data.published.getTime(),
    }));
    return {
      list,
      position: new Map(list.map((item, at) => [item.id, at])),
      index: relatedIndex(list),
      // The page and its cacheKey (data/page-keys.ts) both ask: found once.
      found: new Map<string, StatementNeighbours>(),
    };
  });
  const known = found.get(statement.id);
  if (known) return known;
  const neighbours = findNeighbours(statement.id);
  found.set(statement.id, neighbours);
  return neighbours;

  function findNeighbours(id: string): StatementNeighbours {
    const at = position.get(id);
    const item = at === undefined ? undefined : list[at];
    if (at === undefined || !item) return { related: [] };
    return {
      ...(list[at + 1] ? { older: list[at + 1]!.entry } : {}),
      ...(at > 0 && list[at - 1] ? { newer: list[at - 1]!.entry } : {}),
      related: relatedEntries(item, index, RELATED_COUNT).map((related) => related.entry),
    };
  }
}

/** How many related statements a statement's page offers. */
const RELATED_COUNT = 3;
