import type { ShareCard } from "~/build/share-image/index.ts";
import { useTranslations } from "~/i18n/ui.ts";
import { SECTIONS } from "~/site/sections.ts";
import { kickerOf } from "./kickers.ts";
import { publishedEntries } from "./published.ts";
import { getDemands, getPage, slugOf } from "./queries.ts";
import { entryPath, pathTo } from "./routes.ts";
import { languages, languageSettings, siteText } from "./settings.ts";
import { splitEntryId } from "~/lib/urls.ts";

/** A page's address and the card drawn for it when the page is shared. */
export interface PageCard {
  pagePath: string;
  card: ShareCard;
}

/**
 * Every page that has its own share image: the home page, each section and
 * each demand in each language, and each published statement, action and FAQ
 * answer in its own language. The layout points og:image at the same addresses
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
    const title = entry.collection === "faq" ? entry.data.question : entry.data.title;
    cards.push({
      pagePath: entryPath(entry.collection, entry),
      card: cardFor(splitEntryId(entry.id).lang, title, kickerOf(entry)),
    });
  }
  return cards;
}
