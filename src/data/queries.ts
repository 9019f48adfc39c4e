import { getCollection, type CollectionEntry } from "astro:content";
import { FAQ_CATEGORIES, type FaqCategory } from "../schemas/faq.ts";
import { splitEntryId } from "../lib/urls.ts";
import { defaultLanguage } from "./site.ts";

/** Drafts are visible while editing (`npm run dev`) and never published. */
const isPublished = ({ data }: { data: { draft?: boolean } }) => import.meta.env.DEV || !data.draft;

const inLanguage = (lang: string) => (entry: { id: string }) => splitEntryId(entry.id).lang === lang;

export const slugOf = (entry: { id: string }) => splitEntryId(entry.id).slug;

/** Statements in a language, newest first. */
export async function getStatements(lang: string): Promise<CollectionEntry<"statements">[]> {
  const entries = await getCollection("statements", (entry) => inLanguage(lang)(entry) && isPublished(entry));
  return entries.sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id),
  );
}

const STATUS_ORDER = { active: 0, won: 1, closed: 2 } as const;

/** Actions in a language: active ones first, then by priority (1 first), then by title. */
export async function getActions(lang: string): Promise<CollectionEntry<"actions">[]> {
  const entries = await getCollection("actions", (entry) => inLanguage(lang)(entry) && isPublished(entry));
  return entries.sort(
    (a, b) =>
      STATUS_ORDER[a.data.status] - STATUS_ORDER[b.data.status] ||
      a.data.priority - b.data.priority ||
      a.data.title.localeCompare(b.data.title, lang),
  );
}

/** The campaign's demands in a language, in their set order. */
export async function getDemands(lang: string): Promise<CollectionEntry<"demands">[]> {
  const entries = await getCollection("demands", inLanguage(lang));
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/**
 * Looks up entries named by id in an entry's frontmatter, keeping the order
 * the editor gave. The content check has already made sure each id exists in
 * the language or in the default language.
 */
async function resolve<C extends "demands" | "actions">(
  collection: C,
  lang: string,
  ids: readonly string[],
): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => {
    const entry = byId.get(`${lang}/${id}`) ?? byId.get(`${defaultLanguage}/${id}`);
    if (!entry) throw new Error(`No ${collection} entry "${id}" in ${lang} or ${defaultLanguage}`);
    return isPublished(entry as { data: { draft?: boolean } }) ? [entry] : [];
  });
}

export const resolveDemands = (lang: string, ids: readonly string[]) => resolve("demands", lang, ids);
export const resolveActions = (lang: string, ids: readonly string[]) => resolve("actions", lang, ids);

export interface FaqSection {
  category: FaqCategory;
  entries: CollectionEntry<"faq">[];
}

/** FAQ entries in a language, grouped by category in the set order; empty categories are left out. */
export async function getFaqSections(lang: string): Promise<FaqSection[]> {
  const entries = await getCollection("faq", (entry) => inLanguage(lang)(entry) && isPublished(entry));
  return FAQ_CATEGORIES.map((category) => ({
    category,
    entries: entries
      .filter((entry) => entry.data.category === category)
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  })).filter((section) => section.entries.length > 0);
}

/** A standing page such as about, in a language. */
export async function getPage(lang: string, slug: string): Promise<CollectionEntry<"pages"> | undefined> {
  const pages = await getCollection("pages", (entry) => entry.id === `${lang}/${slug}` && isPublished(entry));
  return pages[0];
}
