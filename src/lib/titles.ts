import { graphemeLength } from "./share-links";

/** Browser tabs and search results cut titles at about this many characters. */
export const TITLE_LIMIT = 70;

type TitleParts =
  | { isHome: true; name: string; shortName: string; tagline: string }
  | { isHome: false; title: string; shortName: string };

/**
 * The text of a page's <title>. Other pages read "Page · IAC". The home page
 * reads "Name: tagline", or "IAC: tagline" when that would be cut off, or the
 * name alone when even that is too long (the tagline still heads the page and
 * its share preview).
 */
export function documentTitle(page: TitleParts): string {
  if (!page.isHome) return `${page.title} · ${page.shortName}`;
  const fitting = [`${page.name}: ${page.tagline}`, `${page.shortName}: ${page.tagline}`].find(
    (title) => graphemeLength(title) <= TITLE_LIMIT,
  );
  return fitting ?? page.name;
}
