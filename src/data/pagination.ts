import { t } from "~/i18n/ui.ts";
import { formatNumber } from "~/lib/numbers.ts";
import { getStatements } from "./queries.ts";
import { languages } from "./settings.ts";
import { pathTo } from "./routes.ts";

/**
 * Long lists are split into pages, so a list page stays as light with a
 * thousand statements as with ten. Page 1 is /statements/, then
 * /statements/page/2/ and on.
 */
export const STATEMENTS_PER_PAGE = 20;

/** How many newest statements a feed carries: readers' apps only show the latest. */
export const FEED_LENGTH = 20;

export const pageCount = (items: number, perPage = STATEMENTS_PER_PAGE) =>
  Math.max(1, Math.ceil(items / perPage));

/** The address of page n of a list at `segments`: /topics/gaza/, then /topics/gaza/page/2/ and on. */
export const pagedPath = (lang: string, segments: readonly string[], page: number) =>
  page === 1 ? pathTo(lang, ...segments) : pathTo(lang, ...segments, "page", String(page));

/** The address of page n of a language's statement list. */
export const statementListPath = (lang: string, page: number) => pagedPath(lang, ["statements"], page);

/** The same page of the list in every language that has that many pages (for the picker and hreflang). */
export async function statementListTranslations(page: number): Promise<Record<string, string>> {
  const entries = await Promise.all(
    languages.map(async ({ code }) => [code, pageCount((await getStatements(code)).length)] as const),
  );
  return Object.fromEntries(
    entries.filter(([, pages]) => page <= pages).map(([code]) => [code, statementListPath(code, page)]),
  );
}

/**
 * A topic's or a demand's statements are split into pages too, so its page stays light: unsplit,
 * a topic's page of a 5,000-statement archive was 1.3 MB of HTML. Pages of 100 rather than the
 * list's 20, because every page is a file and hosts limit files: at 5,000 statements, pages of 20
 * would add about 3,700 files, pages of 100 about 750, each page about 12 KB compressed.
 */
export const ABOUT_PER_PAGE = 100;

/** The items of page n. */
export const itemsOnPage = <T>(items: readonly T[], page: number, perPage: number): T[] =>
  items.slice((page - 1) * perPage, page * perPage);

/** "page 2 of 5", in a language's words and digits: under a pager, and in a later page's title. */
export const pagePosition = (lang: string, page: number, pages: number) =>
  t(lang, "pager.position", { page: formatNumber(page, lang), pages: formatNumber(pages, lang) });
