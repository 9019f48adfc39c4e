import type { CollectionEntry } from "astro:content";
import { shareImagePath, splitEntryId } from "~/lib/urls.ts";
import { settings, siteText } from "./settings.ts";

/** The organization as schema.org describes it, for the home page and as a publisher. */
export function organization(lang: string, site: URL) {
  const { name } = siteText(lang);
  return {
    "@type": "Organization",
    name,
    alternateName: settings.shortName,
    url: new URL(import.meta.env.BASE_URL, site).href,
    email: settings.email,
    logo: new URL(`${import.meta.env.BASE_URL}icon-512.png`, site).href,
    ...(settings.social.length > 0 ? { sameAs: settings.social.map(({ url }) => url) } : {}),
  };
}

interface Article {
  lang: string;
  headline: string;
  description: string;
  published: Date;
  modified: Date;
  author: string | undefined;
  url: URL;
  image: URL;
  site: URL;
}

/** A schema.org NewsArticle. */
function newsArticle({
  lang,
  headline,
  description,
  published,
  modified,
  author,
  url,
  image,
  site,
}: Article) {
  const publisher = organization(lang, site);
  return {
    "@type": "NewsArticle",
    headline,
    description,
    inLanguage: lang,
    datePublished: published.toISOString(),
    dateModified: modified.toISOString(),
    author: author ? { "@type": "Person", name: author } : publisher,
    publisher,
    image: [image.href],
    mainEntityOfPage: url.href,
  };
}

/**
 * A statement as a NewsArticle, published at `url`, its image the page's share image (that of the
 * page at `sharesImageOf` for an older statement: data/share-cards.ts).
 */
export function statementArticle(
  statement: CollectionEntry<"statements">,
  url: URL,
  site: URL,
  sharesImageOf?: string,
) {
  const { title, summary, published, updated, author } = statement.data;
  return newsArticle({
    lang: splitEntryId(statement.id).lang,
    headline: title,
    description: summary,
    published,
    modified: updated ?? published,
    author,
    url,
    image: new URL(shareImagePath(import.meta.env.BASE_URL, sharesImageOf ?? url.pathname), site),
    site,
  });
}
