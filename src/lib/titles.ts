import { graphemeLength } from "./share-links";

/** Browser tabs and search results cut titles at about this many characters. */
export const TITLE_LIMIT = 70;

type TitleParts =
  | { isHome: true; name: string; shortName: string; tagline: string }
  | { isHome: false; title: string; shortName: string };

/**
 * The text of a page's <title>. Other pages read "Page · IAC", or the page's
 * title alone when that would be cut off, shortened at a word if it is longer
 * still (an FAQ question may be). The home page reads "Name: tagline", or
 * "IAC: tagline", or the name alone. Headings and share previews keep the
 * whole text.
 */
export function documentTitle(page: TitleParts): string {
  if (!page.isHome) {
    const withName = `${page.title} · ${page.shortName}`;
    if (graphemeLength(withName) <= TITLE_LIMIT) return withName;
    return graphemeLength(page.title) <= TITLE_LIMIT ? page.title : shortened(page.title);
  }
  const fitting = [`${page.name}: ${page.tagline}`, `${page.shortName}: ${page.tagline}`].find(
    (title) => graphemeLength(title) <= TITLE_LIMIT,
  );
  return fitting ?? page.name;
}

/** A title cut at the last word that fits, with an ellipsis. */
function shortened(title: string): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(title)].map(
    ({ segment }) => segment,
  );
  const cut = graphemes.slice(0, TITLE_LIMIT - 1).join("");
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_LIMIT / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:،؛]+$/u, "")}…`;
}
