import { EDITION_SOURCE_SEGMENT, OFFLINE_FOLDER } from "./offline-files.ts";

/**
 * Built pages that are not ordinary destinations, told apart by their path
 * (with or without the base folder): the sitemap leaves them out, and they
 * get no print QR code of their own.
 */

/** A leaflet's print sheet: the source of its PDFs, one sheet of paper rather than a page to browse. */
export const isLeafletSheet = (pathname: string) =>
  /(?:^|\/)leaflets\/(?:statements|actions)\//.test(pathname);

/** The not-found page answers every missing address, so it stands for none. */
export const isNotFoundPage = (pathname: string) => /(?:^|\/)404(?:\.html|\/)?$/.test(pathname);

/**
 * A one-file offline edition as Astro renders it (/ar/offline-edition/), before the build moves it
 * to offline/iac-ar.html: not a page of the site.
 */
export const isOfflineEditionSource = (pathname: string) =>
  new RegExp(`(?:^|/)${EDITION_SOURCE_SEGMENT}(?:/|/index\\.html)?$`).test(pathname);

/**
 * A one-file offline edition (offline/iac-ar.html): a file to download and pass on, with its
 * own budget and rules (tests/site/offline-editions.test.ts), not a page of the site.
 */
export const isOfflineEdition = (pathname: string) =>
  new RegExp(`(?:^|/)${OFFLINE_FOLDER}/[^/]+\\.html$`).test(pathname);

/** The folder the web editor is published in (src/admin/): not Astro's, not for readers. */
export const EDITOR_FOLDER = "admin";

/** The web editor's files: its page has a policy of its own and no reader page loads anything from it. */
export const isEditorFile = (pathname: string) => new RegExp(`(?:^|/)${EDITOR_FOLDER}/`).test(pathname);

/**
 * The search page of a language (/search/, /ar/search/): the one page whose policy allows
 * WebAssembly, which Pagefind's runtime needs.
 */
export const isSearchPage = (pathname: string) => /(?:^|\/)search\/(?:index\.html)?$/.test(pathname);
