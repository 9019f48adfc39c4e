import { createHash } from "node:crypto";
import render from "dom-serializer";
import { DomUtils, parseDocument } from "htmlparser2";

/**
 * Reading and rewriting built pages for the offline editions. Entities are left exactly as Astro
 * wrote them (decodeEntities: false), so what is not rewritten comes out byte for byte: e-mail
 * addresses stay written as character references, texts keep their escaping.
 */
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

export const parseHtml = (html: string): HtmlDocument => parseDocument(html, { decodeEntities: false });

export const serializeHtml = (document: HtmlDocument): string =>
  render(document, { decodeEntities: false, encodeEntities: false });

/** Every element that passes a test, in document order. */
export const elements = (
  root: HtmlDocument | HtmlElement,
  test: (element: HtmlElement) => boolean = () => true,
) => DomUtils.findAll(test, root.children);

/** Nodes made from a fragment of HTML, to put into a document. */
export const fragment = (html: string) => parseHtml(html).children;

export const removeAll = (list: readonly HtmlElement[]) =>
  list.forEach((element) => DomUtils.removeElement(element));

/** The text of a node, as written in the HTML (entities not decoded). */
export const rawText = (element: HtmlElement) => DomUtils.textContent(element);

/** A Content Security Policy source for inline code: 'sha256-…'. */
export const sha256Source = (code: string) =>
  `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

/**
 * The site path an address in a built page points to, or nothing when it is no page of this
 * site: a fragment alone, another scheme (mailto:), or a full address. Astro writes every
 * internal link as a path from the root (/ar/faq/, with the base folder); full addresses are
 * written for other sites, and for the canonical addresses printed under entries, which must stay.
 */
export function sitePath(href: string): { path: string; hash: string } | undefined {
  if (!href.startsWith("/") || href.startsWith("//")) return undefined;
  const url = new URL(href, "http://site.invalid");
  return { path: url.pathname, hash: url.hash };
}
