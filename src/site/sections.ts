import type { UiKey } from "../i18n/ui.ts";

/** A part of the site with a page of its own in every language, at /<path>/. */
export interface Section {
  path:
    "statements" | "actions" | "demands" | "topics" | "leaflets" | "faq" | "about" | "downloads" | "search";
  /** What links to it say. */
  linkText: UiKey;
  /** Its page's title, which its share image shows (the About page's own title comes from content). */
  title: UiKey;
  /** In the main navigation at the top of every page. */
  inHeader: boolean;
  /**
   * Shown in the main navigation as an icon, its words kept for screen readers at a phone's
   * width: four sections' words fill a 360 px line, and a fifth alone on a second line would
   * push every page down.
   */
  iconInHeader?: "search";
  /**
   * In the footer of every page. Every byte of the footer counts against each page's 14 KB first
   * render; a section reached from the pages that lead to it can stay out.
   */
  inFooter: boolean;
  /** Offered on the not-found page, which keeps to where readers most often head. */
  onNotFoundPage: boolean;
  /**
   * Its pages go into each language's offline zip (src/build/offline/). The leaflets' sheets load
   * their own fonts and their PDFs weigh more than all the reading pages together; the downloads
   * page offers the zip itself.
   */
  inOfflineZip: boolean;
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
    inFooter: true,
    onNotFoundPage: true,
    inOfflineZip: true,
  },
  {
    path: "actions",
    linkText: "nav.actions",
    title: "actions.title",
    inHeader: true,
    inFooter: true,
    onNotFoundPage: true,
    inOfflineZip: true,
  },
  {
    path: "demands",
    linkText: "demands.title",
    title: "demands.title",
    inHeader: false,
    inFooter: true,
    onNotFoundPage: false,
    inOfflineZip: true,
  },
  // Left out of the zip: each topic page repeats statements the zip already has.
  {
    path: "topics",
    linkText: "topics.title",
    title: "topics.title",
    inHeader: false,
    // Linked from every statement's topics, the statements list and the not-found page.
    inFooter: false,
    onNotFoundPage: true,
    inOfflineZip: false,
  },
  {
    path: "leaflets",
    linkText: "leaflets.title",
    title: "leaflets.title",
    inHeader: false,
    inFooter: true,
    onNotFoundPage: false,
    inOfflineZip: false,
  },
  {
    path: "faq",
    linkText: "nav.faq",
    title: "faq.title",
    inHeader: true,
    inFooter: true,
    onNotFoundPage: true,
    inOfflineZip: true,
  },
  {
    path: "about",
    linkText: "nav.about",
    title: "nav.about",
    inHeader: true,
    inFooter: true,
    onNotFoundPage: false,
    inOfflineZip: true,
  },
  // Offered on the not-found page: a reader who hits a missing or blocked page may be better served offline.
  {
    path: "downloads",
    linkText: "downloads.title",
    title: "downloads.title",
    inHeader: false,
    inFooter: true,
    onNotFoundPage: true,
    inOfflineZip: false,
  },
  // In the header of every page; the zip leaves it out, as search needs the index online.
  {
    path: "search",
    linkText: "nav.search",
    title: "search.title",
    inHeader: true,
    iconInHeader: "search",
    inFooter: false,
    onNotFoundPage: true,
    inOfflineZip: false,
  },
];
