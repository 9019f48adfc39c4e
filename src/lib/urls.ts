/**
 * Every internal address is built here, so the language prefix, the base
 * path (for sites hosted under /campaign/, say) and the trailing slash are
 * right everywhere.
 */

/** Joins path segments under the site's base and ends with a slash, as the site's pages do. */
export function joinPath(base: string, ...segments: readonly string[]): string {
  const parts = [base, ...segments]
    .flatMap((segment) => segment.split("/"))
    .filter((part) => part.length > 0);
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}

/** The path of a page in a language; the default language has no prefix. */
export function localizedPath(
  base: string,
  lang: string,
  defaultLanguage: string,
  ...segments: readonly string[]
): string {
  return joinPath(base, ...(lang === defaultLanguage ? [] : [lang]), ...segments);
}

/**
 * Where a page's share image is published: /ar/statements/x/ has
 * /og/ar/statements/x.png, the home page /og/index.png.
 */
export function shareImagePath(base: string, pagePath: string): string {
  const inSite = pagePath.startsWith(base) ? pagePath.slice(base.length) : pagePath;
  const name = inSite.replace(/^\/+|\/+$/g, "") || "index";
  return `${joinPath(base, "og").slice(0, -1)}/${name}.png`;
}

/** The language code and slug packed into a content id such as "en/free-the-prisoners". */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const [lang = "", ...rest] = id.split("/");
  return { lang, slug: rest.join("/") };
}

/** The address as printed under a QR code: no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  const { host, pathname, hash } = new URL(url);
  return `${host}${pathname.replace(/\/$/, "")}${hash}`;
}
