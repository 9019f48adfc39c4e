/**
 * Which pages have a print QR code and where it lives. Shared by the
 * integration that writes the files and the pages that show them.
 */
import { isLeafletSheet, isNotFoundPage, isOfflineEditionSource } from "./page-kinds.ts";

/**
 * Page 2 and on of a list (/statements/page/3/, /ar/topics/gaza/page/2/), as data/pagination.ts
 * makes their addresses: see printedPagePath.
 */
const LATER_LIST_PAGE = /\/page\/\d+\/?$/;

/**
 * The page a printed copy of `pathname` leads back to: the page itself, except for page 2 and on of
 * a list, whose entries move down a page each time one is published. A sheet of /statements/page/3/
 * leads to /statements/, the list, not to a page that will hold other statements by then.
 */
export const printedPagePath = (pathname: string) => pathname.replace(LATER_LIST_PAGE, "/");

/**
 * Pages given a qr.svg of their own: every page a reader can print that leads back to itself
 * (printedPagePath). A leaflet sheet shows its source page's code; the not-found page, the home
 * page's. An offline edition prints its entries' addresses instead. (Later list pages were 1,179
 * files of a 5,000-statement site, against a host's limit on files.)
 */
export const hasPrintQr = (pathname: string) =>
  !isLeafletSheet(pathname) &&
  !isNotFoundPage(pathname) &&
  !isOfflineEditionSource(pathname) &&
  printedPagePath(pathname) === pathname;

/** The code of the page at `pagePath` ("/ar/statements/x/", base included), as an address. */
export const printQrPath = (pagePath: string) => `${pagePath.replace(/\/?$/, "/")}qr.svg`;

/** Where the code of a page is written, relative to the output folder ("ar/statements/x/qr.svg"). */
export const printQrFile = (pathname: string) => printQrPath(pathname).replace(/^\//, "");
