import { localizedPath, splitEntryId } from "~/lib/urls.ts";
import { canonicalSite, defaultLanguage, languages, settings } from "./settings.ts";

/** The address of a page in a language, under the site's base path. */
export function pathTo(lang: string, ...segments: readonly string[]): string {
  return localizedPath(import.meta.env.BASE_URL, lang, defaultLanguage, ...segments);
}

/** The same page in every language, for pages that exist in all of them (home, lists). */
export function inEveryLanguage(...segments: readonly string[]): Record<string, string> {
  return Object.fromEntries(languages.map(({ code }) => [code, pathTo(code, ...segments)]));
}

/** Where an entry's page is: in its own language, which is the default language for fallbacks. */
export function entryPath(section: "statements" | "actions" | "faq", entry: { id: string }): string {
  const { lang, slug } = splitEntryId(entry.id);
  return pathTo(lang, section, slug);
}

/** The [...lang] route parameter of a language: none for the default language, whose pages have no prefix. */
export const langParam = (lang: string): string | undefined => (lang === defaultLanguage ? undefined : lang);

/** getStaticPaths params for a [...lang] route. */
export function languageParams() {
  return languages.map(({ code }) => ({ params: { lang: langParam(code) }, props: { lang: code } }));
}

/** getStaticPaths params for an entry page such as /ar/statements/<slug>/. */
export function entryParams(id: string) {
  const { lang, slug } = splitEntryId(id);
  return { lang: langParam(lang), slug };
}

/** A page's path with the site's base path taken off: "/campaign/ar/faq/" is "ar/faq/". */
function withinSite(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, "");
}

/** The canonical address of the page at `pathname`: on a mirror, the same page at the main address. */
export const canonicalUrl = (pathname: string): URL => new URL(withinSite(pathname), canonicalSite);

/**
 * The same page on the onion service, or nothing when settings.yaml names no onion address. The
 * onion service serves the main build, so the page keeps its canonical path (base included).
 */
export const onionUrl = (pathname: string): URL | undefined =>
  settings.onion === undefined ? undefined : new URL(canonicalUrl(pathname).pathname, settings.onion);

/**
 * getStaticPaths of a page per item in every language, such as /ar/topics/<id>/ or
 * /archive/<year>/: each language's own list of items (with its fallbacks), under the
 * [...lang] route, the item's id in the parameter named `key`. With `cacheKeyOf`, each page gets
 * a cacheKey (data/page-keys.ts), so a build can copy it from the last one.
 */
export async function eachInEveryLanguage<T, K extends string>(
  key: K,
  itemsOf: (lang: string) => Promise<readonly T[]>,
  idOf: (item: T) => string,
  cacheKeyOf?: (lang: string, item: T) => Promise<string>,
) {
  const pages = await Promise.all(
    languages.map(async ({ code }) =>
      Promise.all(
        (await itemsOf(code)).map(async (item) => ({
          params: { lang: langParam(code), [key]: idOf(item) } as { lang: string | undefined } & Record<
            K,
            string
          >,
          props: { lang: code, item },
          ...(cacheKeyOf && import.meta.env.PROD ? { cacheKey: await cacheKeyOf(code, item) } : {}),
        })),
      ),
    ),
  );
  return pages.flat();
}
