import type { HastPluginDefinition } from "satteri";
import { mailtoAddress } from "../lib/email.ts";

/** What the site needs to know to tell its own links from others. */
export interface LinkContext {
  /** The site's address, such as https://example.org/campaign/. */
  site: string;
  /** The folder the site lives in: "/" or "/campaign/". */
  base: string;
}

export interface LinkChange {
  href?: string;
  rel?: string;
}

const EXTERNAL_REL = "noopener noreferrer";

/**
 * How a link an editor wrote in a statement, FAQ answer or page is published:
 * - links to other sites get rel="noopener noreferrer", so the other site
 *   learns nothing of where the reader came from and cannot reach back;
 * - site paths such as /demands/ get the site's folder in front when the site
 *   lives in one, so editors write the same links wherever it is hosted;
 * - mailto: addresses are percent-encoded, out of reach of address harvesters.
 */
export function contentLink(href: string, context: LinkContext): LinkChange {
  if (/^mailto:/i.test(href)) {
    const [addresses = "", query] = href.slice("mailto:".length).split("?", 2);
    const encoded = addresses
      .split(",")
      .map((address) => mailtoAddress(decodeURIComponent(address.trim())))
      .join(",");
    return { href: `mailto:${encoded}${query === undefined ? "" : `?${query}`}` };
  }
  if (href.startsWith("/") && !href.startsWith("//")) {
    if (context.base === "/" || href === context.base.slice(0, -1) || href.startsWith(context.base))
      return {};
    return { href: `${context.base.slice(0, -1)}${href}` };
  }
  if (!URL.canParse(href, context.site)) return {};
  const target = new URL(href, context.site);
  if (!["http:", "https:"].includes(target.protocol)) return {};
  return target.host === new URL(context.site).host ? {} : { rel: EXTERNAL_REL };
}

/** The link text of a mailto: link that shows the bare address, such as <info@example.org>. */
function isBareAddress(text: string, href: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text) && decodeURIComponent(href).includes(text);
}

/**
 * A Sätteri HAST plugin (Astro 7's Markdown processor runs no rehype plugins)
 * applying contentLink to every link in Markdown and MDX content.
 */
export function contentLinks(context: LinkContext): HastPluginDefinition {
  return {
    name: "campaign-content-links",
    element: {
      filter: ["a"],
      visit(node, ctx) {
        const href = node.properties["href"];
        if (typeof href !== "string") return;
        const change = contentLink(href, context);
        if (change.href !== undefined) ctx.setProperty(node, "href", change.href);
        if (change.rel !== undefined) ctx.setProperty(node, "rel", change.rel.split(" "));
        const text = ctx.textContent(node);
        if (/^mailto:/i.test(href) && isBareAddress(text, href)) {
          // MDX cannot take raw HTML (so no character references): the "@" goes in an element
          // of its own instead, which breaks the address up in the HTML but not on screen.
          const [local, domain] = text.split("@");
          ctx.replaceNode(node, {
            type: "element",
            tagName: "a",
            properties: { ...node.properties, href: change.href ?? href },
            children: [
              {
                type: "element",
                tagName: "bdi",
                properties: {},
                children: [
                  { type: "text", value: local ?? "" },
                  {
                    type: "element",
                    tagName: "span",
                    properties: {},
                    children: [{ type: "text", value: "@" }],
                  },
                  { type: "text", value: domain ?? "" },
                ],
              },
            ],
          });
        }
      },
    },
  };
}
