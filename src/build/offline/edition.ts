import { DomUtils } from "htmlparser2";
import {
  elements,
  fragment,
  parseHtml,
  rawText,
  removeAll,
  serializeHtml,
  sha256Source,
  sitePath,
} from "./html.ts";

/** Where each page a one-file edition holds is in it: site path (with #fragment if any) → anchor id. */
export type Anchors = Map<string, string>;

/** The anchor in an edition that stands for a site address, trying it with its fragment first. */
export function anchorFor(anchors: Anchors, target: { path: string; hash: string }): string | undefined {
  return (target.hash ? anchors.get(`${target.path}${target.hash}`) : undefined) ?? anchors.get(target.path);
}

/**
 * Turns a language's edition as Astro rendered it (layouts/OfflineEdition.astro) into the file
 * readers pass on:
 * - every link to a page the file holds (data-page) goes to its anchor; every other link to the
 *   site goes to the page's full canonical address, which works for a reader who is online;
 * - ids inside entries' text get the entry's anchor in front, so two statements' headings never
 *   share an id, and their headings move down to fit under the entry's own title;
 * - no script, no image (an image becomes its description), no icon, no stylesheet link, no class
 *   the inline styles do not use;
 * - its own Content Security Policy: nothing but its one inline stylesheet, nothing fetched.
 */
export function finishEdition(
  html: string,
  { canonical }: { canonical: (path: string) => string },
): { html: string; anchors: Anchors } {
  const document = parseHtml(html);
  removeAll(elements(document, ({ name }) => ["script", "svg", "link", "noscript"].includes(name)));
  removeAll(elements(document, (element) => element.name === "meta" && "http-equiv" in element.attribs));
  for (const image of elements(document, ({ name }) => name === "img")) {
    const [description] = fragment(`<span class="meta">[${image.attribs["alt"] ?? ""}]</span>`);
    if (description) DomUtils.replaceElement(image, description);
  }
  removeAll(elements(document, ({ name }) => name === "picture" || name === "source"));

  const anchors: Anchors = new Map();
  for (const element of elements(document, (candidate) => "data-page" in candidate.attribs)) {
    const id = element.attribs["id"];
    if (!id)
      throw new Error(`An element with data-page="${element.attribs["data-page"]}" has no id to link to`);
    for (const page of (element.attribs["data-page"] ?? "").split(/\s+/).filter(Boolean))
      anchors.set(page, id);
  }

  for (const content of elements(document, (candidate) => "data-content" in candidate.attribs)) {
    const owner = closestWithId(content);
    const prefix = owner ? `${owner}-` : "";
    const shift = Number(content.attribs["data-content"]) || 0;
    const local = new Set<string>();
    for (const element of elements(content, (candidate) => "id" in candidate.attribs)) {
      local.add(element.attribs["id"] ?? "");
      element.attribs["id"] = `${prefix}${element.attribs["id"]}`;
    }
    for (const link of elements(
      content,
      ({ name, attribs }) => name === "a" && attribs["href"]?.startsWith("#") === true,
    )) {
      const target = (link.attribs["href"] ?? "").slice(1);
      if (local.has(target)) link.attribs["href"] = `#${prefix}${target}`;
    }
    for (const element of elements(content)) {
      for (const name of ["aria-labelledby", "aria-describedby", "for"]) {
        const value = element.attribs[name];
        if (value === undefined) continue;
        element.attribs[name] = value
          .split(/\s+/)
          .map((id) => (local.has(id) ? `${prefix}${id}` : id))
          .join(" ");
      }
    }
    for (const heading of elements(content, ({ name }) => /^h[1-6]$/.test(name))) {
      heading.name = `h${Math.min(6, Number(heading.name.slice(1)) + shift)}`;
    }
  }

  for (const link of elements(
    document,
    ({ name, attribs }) => name === "a" && attribs["href"] !== undefined,
  )) {
    const target = sitePath(link.attribs["href"] ?? "");
    if (!target) continue;
    const anchor = anchorFor(anchors, target);
    link.attribs["href"] = anchor ? `#${anchor}` : canonical(`${target.path}${target.hash}`);
  }

  const style = elements(document, ({ name }) => name === "style");
  if (style.length !== 1 || !style[0]) throw new Error("An offline edition must have exactly one <style>");
  const css = rawText(style[0]);
  const usedClasses = new Set([...css.matchAll(/\.([a-z][\w-]*)/gi)].map((match) => match[1]));
  for (const element of elements(document)) {
    for (const name of Object.keys(element.attribs)) {
      if (name.startsWith("data-")) delete element.attribs[name];
    }
    const classes = (element.attribs["class"] ?? "").split(/\s+/).filter((name) => usedClasses.has(name));
    if (classes.length > 0) element.attribs["class"] = classes.join(" ");
    else delete element.attribs["class"];
  }

  const policy = `default-src 'none'; style-src ${sha256Source(css)}; base-uri 'none'; form-action 'none'`;
  const [meta] = fragment(`<meta http-equiv="content-security-policy" content="${policy}">`);
  const charset = elements(document, ({ name, attribs }) => name === "meta" && "charset" in attribs)[0];
  if (!meta || !charset) throw new Error("An offline edition must have <meta charset>");
  DomUtils.append(charset, meta);
  return { html: serializeHtml(document), anchors };
}

/** The id of the nearest element around `element` (itself excluded) that has one. */
function closestWithId(element: ReturnType<typeof elements>[number]): string | undefined {
  for (let node = element.parent; node && "attribs" in node; node = node.parent) {
    const id = (node as typeof element).attribs["id"];
    if (id) return id;
  }
  return undefined;
}
