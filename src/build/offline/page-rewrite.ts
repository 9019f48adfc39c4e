import { elements, parseHtml, removeAll, serializeHtml, sitePath, type HtmlElement } from "./html.ts";

/**
 * Bump whenever this walk, or the parsing and serialising in html.ts, would make something else
 * of the same page: the zip cache (zip-cache.ts) keeps pages rewritten by an older version
 * otherwise. How links are resolved (site-zip.ts) needs no bump: a cached page's links are
 * resolved again every build, and any that now resolves differently makes the page a miss.
 */
export const PAGE_REWRITE_VERSION = 1;

/** A link to the site, in a page: its path and #fragment, as html.ts's sitePath reads them. */
export interface SiteTarget {
  path: string;
  hash: string;
}

/** What a link to the site becomes in the zip; `loads` when the page loads it to show itself. */
export type ResolveLink = (target: SiteTarget, loads: boolean) => string;

/** Whether an element's address is something the page loads to show itself (it then goes in the zip). */
const loadsResource = ({ name, attribs }: HtmlElement) =>
  name === "img" ||
  name === "source" ||
  (name === "link" && /\b(stylesheet|icon)\b/.test(attribs["rel"] ?? ""));

/**
 * A built page as the zip holds it: every address of the site (href, src, srcset) replaced by
 * what `resolve` makes of it, its scripts and web-app links left out, and everything else byte for
 * byte. It depends on nothing but the page and what `resolve` answers, which is what lets the zip
 * cache keep it.
 */
export function rewritePage(html: string, resolve: ResolveLink): string {
  const document = parseHtml(html);
  // One walk through the page (a thousand-statement site has thousands of pages).
  const dropped: HtmlElement[] = [];
  for (const element of elements(document)) {
    const { name, attribs } = element;
    if (
      name === "script" ||
      (name === "link" && /\b(manifest|apple-touch-icon)\b/.test(attribs["rel"] ?? ""))
    ) {
      dropped.push(element);
      continue;
    }
    for (const attribute of ["href", "src"] as const) {
      const target = sitePath(attribs[attribute] ?? "");
      if (target) attribs[attribute] = resolve(target, loadsResource(element));
    }
    if (attribs["srcset"] !== undefined) {
      attribs["srcset"] = attribs["srcset"]
        .split(",")
        .map((candidate) => {
          const [url = "", ...descriptor] = candidate.trim().split(/\s+/);
          const target = sitePath(url);
          return [target ? resolve(target, true) : url, ...descriptor].join(" ");
        })
        .join(", ");
    }
  }
  removeAll(dropped);
  return serializeHtml(document);
}
