import type { CollectionEntry } from "astro:content";
import { listPageKey } from "./page-keys.ts";
import { ABOUT_PER_PAGE, itemsOnPage, pageCount, pagedPath } from "./pagination.ts";
import { langParam } from "./routes.ts";
import { languages } from "./settings.ts";

/** The sections whose items list their statements a page at a time: /topics/<id>/, /demands/<id>/. */
export type PagedSection = "topics" | "demands";

/**
 * The cacheKey of page n of an item's statements: what the page lists, how many pages there are,
 * and whatever else the page shows (`extra`).
 */
export const pagedListKey = (
  statements: readonly CollectionEntry<"statements">[],
  page: number,
  ...extra: unknown[]
) =>
  listPageKey(
    itemsOnPage(statements, page, ABOUT_PER_PAGE),
    page,
    pageCount(statements.length, ABOUT_PER_PAGE),
    ...extra,
  );

/**
 * getStaticPaths of pages 2 and on of an item's statements in every language, such as
 * /ar/topics/<id>/page/2/: with the item, the page, all the item's statements (the page shows its
 * share), the same page in each language that has as many, and a cacheKey of what it shows.
 */
export async function laterPagesInEveryLanguage<T, K extends string>(
  key: K,
  section: PagedSection,
  itemsOf: (lang: string) => Promise<readonly T[]>,
  idOf: (item: T) => string,
  statementsOf: (lang: string, item: T) => Promise<CollectionEntry<"statements">[]>,
) {
  const lists = (
    await Promise.all(
      languages.map(async ({ code }) =>
        Promise.all(
          (await itemsOf(code)).map(async (item) => ({
            lang: code,
            item,
            id: idOf(item),
            statements: await statementsOf(code, item),
          })),
        ),
      ),
    )
  ).flat();
  const pagesOf = new Map(
    lists.map(({ lang, id, statements }) => [`${lang}/${id}`, pageCount(statements.length, ABOUT_PER_PAGE)]),
  );
  const paths = lists.flatMap(({ lang, item, id, statements }) =>
    Array.from({ length: (pagesOf.get(`${lang}/${id}`) ?? 1) - 1 }, (_, index) => {
      const page = index + 2;
      const translations = Object.fromEntries(
        languages
          .filter(({ code }) => (pagesOf.get(`${code}/${id}`) ?? 0) >= page)
          .map(({ code }) => [code, pagedPath(code, [section, id], page)]),
      );
      return { lang, item, id, page, translations, statements };
    }),
  );
  return Promise.all(
    paths.map(async ({ lang, item, id, page, translations, statements }) => ({
      params: { lang: langParam(lang), [key]: id, page: String(page) } as {
        lang: string | undefined;
        page: string;
      } & Record<K, string>,
      props: { lang, item, page, translations, statements },
      ...(import.meta.env.PROD ? { cacheKey: await pagedListKey(statements, page, translations) } : {}),
    })),
  );
}
