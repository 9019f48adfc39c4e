import type { ShareCard } from "~/build/share-image/index.ts";
import { formatDate } from "~/lib/dates.ts";
import { useTranslations } from "~/i18n/ui.ts";
import { publishedEntries } from "./published.ts";
import { getPage } from "./queries.ts";
import { languages, languageSettings, siteText } from "./settings.ts";
import { pathTo } from "./routes.ts";
import { splitEntryId } from "~/lib/urls.ts";

/** A page's address and the card drawn for it when the page is shared. */
export interface PageCard {
  pagePath: string;
  card: ShareCard;
}

/**
 * Every page that has its own share image: the fixed pages in each language,
 * and each published statement, action and FAQ answer in its own language. The layout
 * points og:image at the same addresses (shareImagePath), and a browser test
 * checks that every page's image exists.
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
    cards.push(
      { pagePath: pathTo(lang), card: cardFor(lang, siteText(lang).tagline) },
      { pagePath: pathTo(lang, "statements"), card: cardFor(lang, t("statements.title")) },
      { pagePath: pathTo(lang, "actions"), card: cardFor(lang, t("actions.title")) },
      { pagePath: pathTo(lang, "demands"), card: cardFor(lang, t("demands.title")) },
      { pagePath: pathTo(lang, "faq"), card: cardFor(lang, t("faq.title")) },
      { pagePath: pathTo(lang, "about"), card: cardFor(lang, about?.data.title ?? t("nav.about")) },
      { pagePath: pathTo(lang, "leaflets"), card: cardFor(lang, t("leaflets.title")) },
    );
  }

  for (const statement of await publishedEntries("statements")) {
    const { lang, slug } = splitEntryId(statement.id);
    const kicker = formatDate(statement.data.published, lang);
    cards.push({
      pagePath: pathTo(lang, "statements", slug),
      card: cardFor(lang, statement.data.title, kicker),
    });
  }
  for (const action of await publishedEntries("actions")) {
    const { lang, slug } = splitEntryId(action.id);
    const kicker = useTranslations(lang)("cta.label");
    cards.push({ pagePath: pathTo(lang, "actions", slug), card: cardFor(lang, action.data.title, kicker) });
  }
  for (const answer of await publishedEntries("faq")) {
    const { lang, slug } = splitEntryId(answer.id);
    const kicker = useTranslations(lang)("faq.title");
    cards.push({ pagePath: pathTo(lang, "faq", slug), card: cardFor(lang, answer.data.question, kicker) });
  }
  return cards;
}
