import type { UiKey } from "../i18n/ui.ts";

/** A part of the site with a page of its own in every language, at /<path>/. */
export interface Section {
  path: "statements" | "actions" | "demands" | "topics" | "leaflets" | "faq" | "about";
  /** What links to it say. */
  linkText: UiKey;
  /** Its page's title, which its share image shows (the About page's own title comes from content). */
  title: UiKey;
  /** In the main navigation at the top of every page (the footer lists every section). */
  inHeader: boolean;
  /** Offered on the not-found page, which keeps to where readers most often head. */
  onNotFoundPage: boolean;
}

/**
 * The site's sections, in the order every list of them shows. The header,
 * the footer, the not-found page and the share images all read this list:
 * a new section is added here.
 */
export const SECTIONS: readonly Section[] = [
  {
    path: "statements",
    linkText: "nav.statements",
    title: "statements.title",
    inHeader: true,
    onNotFoundPage: true,
  },
  { path: "actions", linkText: "nav.actions", title: "actions.title", inHeader: true, onNotFoundPage: true },
  {
    path: "demands",
    linkText: "demands.title",
    title: "demands.title",
    inHeader: false,
    onNotFoundPage: false,
  },
  { path: "topics", linkText: "topics.title", title: "topics.title", inHeader: false, onNotFoundPage: true },
  {
    path: "leaflets",
    linkText: "leaflets.title",
    title: "leaflets.title",
    inHeader: false,
    onNotFoundPage: false,
  },
  { path: "faq", linkText: "nav.faq", title: "faq.title", inHeader: true, onNotFoundPage: true },
  { path: "about", linkText: "nav.about", title: "nav.about", inHeader: true, onNotFoundPage: false },
];
