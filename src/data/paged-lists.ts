import type { CollectionEntry } from "astro:content";
import { listPageKey } from "./page-keys.ts";
import { ABOUT_PER_PAGE, itemsOnPage, pageCount } from "./pagination.ts";
import { langParam } from "./routes.ts";
import { languages } from "./settings.ts";

/**
 * getStaticPaths of pages 2 and on of a list of statements per item in every language, such as
 * /ar/topics/<id>/page/2/: with its item, its page, the number of pages, the same page in each
 * language that has as many, and a cacheKey of what it shows.
 */
export async function laterPagesInEveryLanguage<T, K extends string>(
  key: K,
  itemsOf: (lang: string) => Promise<readonly T[]>,
  idOf: (item: T) => string,
  statementsOf: (lang: string, item: T) => Promise<readonly CollectionEntry<"statements">[]>,
  pathOf: (lang: string, id: string, page: number) => string,
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
  const paths = lists.flatMap(({ lang, item, id, statements }) => {
    const pages = pageCount(statements.length, ABOUT_PER_PAGE);
    return Array.from({ length: pages - 1 }, (_, index) => {
      const page = index + 2;
      const translations = Object.fromEntries(
        languages
          .filter(({ code }) => (pagesOf.get(`${code}/${id}`) ?? 0) >= page)
          .map(({ code }) => [code, pathOf(code, id, page)]),
      );
      return {
        lang,
        item,
        id,
        page,
        pages,
        translations,
        shown: itemsOnPage(statements, page, ABOUT_PER_PAGE),
      };
    });
  });
  return Promise.all(
    paths.map(async ({ lang, item, id, page, pages, translations, shown }) => ({
      params: { lang: langParam(lang), [key]: id, page: String(page) } as {
        lang: string | undefined;
        page: string;
      } & Record<K, string>,
      props: { lang, item, page, pages, translations, statements: shown },
      ...(import.meta.env.PROD ? { cacheKey: await listPageKey(shown, page, pages, translations) } : {}),
    })),
  );
}
