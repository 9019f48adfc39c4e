import type { CollectionEntry } from "astro:content";
import { actionMessage } from "./action-message.ts";
import { entryLang } from "./languages.ts";
import { actionsByStatus, getDemands, getFaqSections, getStatements, slugOf } from "./queries.ts";
import { renderEntry } from "./render-entry.ts";
import { canonicalUrl, entryPath, pathTo } from "./routes.ts";

/**
 * What the one-file offline edition of a language holds (layouts/OfflineEdition.astro draws it,
 * src/build/offline/ finishes it into offline/<name>-<lang>.html).
 *
 * The selection rule for a large archive: the newest FULL_STATEMENTS statements in full, every
 * older one by title, date and address. Demands, actions (open ones first, then those won or
 * closed) and every FAQ answer are always in full: they are what a reader acts on, and they do not
 * grow with the years as statements do. Ten statements keep the Arabic file near 100 KB
 * compressed, small enough for a slow connection and for any messenger.
 */
export const FULL_STATEMENTS = 10;

/**
 * Each entry's anchor in the file, and the site addresses it stands for (data-page in the
 * markup): the build turns a link to any of those addresses into a link to the anchor.
 */
export interface Anchored {
  anchor: string;
  pages: string[];
  /** The entry's page on the site, printed under it for readers who are online. */
  canonical: string;
}

const anchored = (anchor: string, pages: string[], canonicalPath: string): Anchored => ({
  anchor,
  pages,
  canonical: canonicalUrl(canonicalPath).href,
});

export async function offlineEdition(lang: string) {
  const statements = await getStatements(lang);
  const { active, past } = await actionsByStatus(lang);
  const withBody = async <C extends "statements" | "actions" | "faq">(
    section: C,
    entry: CollectionEntry<C>,
  ) => ({
    entry,
    lang: entryLang(entry),
    Content: (await renderEntry(entry)).Content,
    ...anchored(
      `${section === "faq" ? "faq" : section.slice(0, -1)}-${slugOf(entry)}`,
      [entryPath(section, entry)],
      entryPath(section, entry),
    ),
  });
  const faq = await Promise.all(
    (await getFaqSections(lang)).map(async ({ category, entries }) => ({
      category,
      entries: await Promise.all(
        entries.map(async (entry) => {
          const answer = await withBody("faq", entry);
          // The FAQ page's own anchor for an answer (/faq/#slug) lands here too.
          return { ...answer, pages: [...answer.pages, `${pathTo(lang, "faq")}#${slugOf(entry)}`] };
        }),
      ),
    })),
  );
  return {
    lang,
    home: anchored("top", [pathTo(lang)], pathTo(lang)),
    downloads: canonicalUrl(pathTo(lang, "downloads")).href,
    sections: {
      statements: anchored("statements", [pathTo(lang, "statements")], pathTo(lang, "statements")),
      demands: anchored("demands", [pathTo(lang, "demands")], pathTo(lang, "demands")),
      actions: anchored("actions", [pathTo(lang, "actions")], pathTo(lang, "actions")),
      faq: anchored("faq", [pathTo(lang, "faq")], pathTo(lang, "faq")),
    },
    statements: await Promise.all(
      statements.slice(0, FULL_STATEMENTS).map((entry) => withBody("statements", entry)),
    ),
    olderStatements: statements.slice(FULL_STATEMENTS).map((entry) => ({
      entry,
      lang: entryLang(entry),
      canonical: canonicalUrl(entryPath("statements", entry)).href,
    })),
    demands: (await getDemands(lang)).map((entry) => ({
      entry,
      lang: entryLang(entry),
      ...anchored(
        `demand-${slugOf(entry)}`,
        [`${pathTo(lang, "demands")}#${slugOf(entry)}`],
        `${pathTo(lang, "demands")}#${slugOf(entry)}`,
      ),
    })),
    actions: await Promise.all(
      [...active, ...past].map(async (entry) => ({
        ...(await withBody("actions", entry)),
        message: await actionMessage(entry),
      })),
    ),
    faq,
  };
}

export type OfflineEdition = Awaited<ReturnType<typeof offlineEdition>>;
