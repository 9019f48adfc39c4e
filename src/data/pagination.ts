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

/** The address of page n of a language's statement list. */
export const statementListPath = (lang: string, page: number) =>
  page === 1 ? pathTo(lang, "statements") : pathTo(lang, "statements", "page", String(page));

/** The same page of the list in every language that has that many pages (for the picker and hreflang). */
export async function statementListTranslations(page: number): Promise<Record<string, string>> {
  const entries = await Promise.all(
    languages.map(async ({ code }) => [code, pageCount((await getStatements(code)).length)] as const),
  );
  return Object.fromEntries(
    entries.filter(([, pages]) => page <= pages).map(([code]) => [code, statementListPath(code, page)]),
  );
}
