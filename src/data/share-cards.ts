import type { CollectionEntry } from "astro:content";
import type { ShareCard } from "~/build/share-image/index.ts";
import { useTranslations } from "~/i18n/ui.ts";
import { SECTIONS } from "~/site/sections.ts";
import { kickerOf } from "./kickers.ts";
import { publishedEntries } from "./published.ts";
import { getDemands, getPage, slugOf } from "./queries.ts";
import { entryPath, pathTo } from "./routes.ts";
import { languages, languageSettings, siteText } from "./settings.ts";
import { leafletKey, newestStatements } from "~/lib/leaflet-pdf-selection.ts";
import { splitEntryId } from "~/lib/urls.ts";

/** A page's address and the card drawn for it when the page is shared. */
export interface PageCard {
  pagePath: string;
  card: ShareCard;
}

/**
 * Every page that has its own share image: the home page, each section and
 * each demand in each language, each current statement (ownShareImage) and each
 * published action and FAQ answer, in its own language. The layout points og:image at the same addresses
 * (shareImagePath), and a browser test checks that every page's image exists.
 */
export async function allPageCards(): Promise<PageCard[]> {
  // The address printed on the card: example.org, or example.org/campaign for a site in a folder.
  const address = new URL(import.meta.env.SITE).host + import.meta.env.BASE_URL.replace(/\/$/, "");
  const cardFor = (lang: string, title: string, kicker?: string): ShareCard => ({
    title,
    lang,
    dir: languageSettings(lang).dir,
    ...(kicker ? { kicker } : {}),
    siteName: siteText(lang).name,
    address,
  });

  const cards: PageCard[] = [];
  for (const { code: lang } of languages) {
    const t = useTranslations(lang);
    const about = await getPage(lang, "about");
    cards.push({ pagePath: pathTo(lang), card: cardFor(lang, siteText(lang).tagline) });
    for (const { path, title } of SECTIONS) {
      const pageTitle = path === "about" ? (about?.data.title ?? t(title)) : t(title);
      cards.push({ pagePath: pathTo(lang, path), card: cardFor(lang, pageTitle) });
    }
    cards.push({ pagePath: pathTo(lang, "archive"), card: cardFor(lang, t("archive.title")) });
    // Each demand's page is a link worth sharing on its own.
    for (const demand of await getDemands(lang)) {
      cards.push({
        pagePath: pathTo(lang, "demands", slugOf(demand)),
        card: cardFor(lang, demand.data.title, t("demand.kicker")),
      });
    }
  }

  const entries = [
    ...(await publishedEntries("statements")),
    ...(await publishedEntries("actions")),
    ...(await publishedEntries("faq")),
  ];
  for (const entry of entries) {
    if (entry.collection === "statements" && !(await hasOwnShareImage(entry))) continue;
    const title = entry.collection === "faq" ? entry.data.question : entry.data.title;
    cards.push({
      pagePath: entryPath(entry.collection, entry),
      card: cardFor(splitEntryId(entry.id).lang, title, kickerOf(entry)),
    });
  }
  return cards;
}

/**
 * Only the newest statements in each language (as many as get leaflet PDFs: lib/leaflet-pdf-
 * selection.ts) have a share image of their own; an older statement previews with the statements
 * list's card, its own title and summary beside it in the preview's text. Why: a card is a file,
 * and one per statement made a 5,000-statement site pass the 20,000 files a host accepts, while
 * it is the newest statements that people pass around.
 */
export async function hasOwnShareImage(statement: CollectionEntry<"statements">): Promise<boolean> {
  return (await currentStatements()).has(leafletKey({ ...splitEntryId(statement.id), kind: "statements" }));
}

/** What an entry page's preview shows: its own card, or, for an older statement, the list's. */
export async function sharedImageOf(
  entry: CollectionEntry<"statements" | "actions" | "faq">,
): Promise<SharedImage | undefined> {
  if (entry.collection !== "statements" || (await hasOwnShareImage(entry))) return undefined;
  const { lang } = splitEntryId(entry.id);
  return { path: pathTo(lang, "statements"), title: useTranslations(lang)("statements.title") };
}

/** Another page whose share image a page uses, and the title that image shows. */
export interface SharedImage {
  path: string;
  title: string;
}

let current: Promise<Set<string>> | undefined;

function currentStatements(): Promise<Set<string>> {
  // The dev server may change content between requests, so it chooses on every call.
  if (!current || import.meta.env.DEV)
    current = publishedEntries("statements").then((statements) =>
      newestStatements(
        statements.map((entry) => ({
          ...splitEntryId(entry.id),
          kind: "statements" as const,
          published: entry.data.published,
        })),
      ),
    );
  return current;
}
