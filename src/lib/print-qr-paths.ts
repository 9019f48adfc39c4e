/**
 * Which pages have a print QR code and where it lives. Shared by the
 * integration that writes the files and the pages that show them.
 */
import { isLeafletSheet, isNotFoundPage, isOfflineEditionSource } from "./page-kinds.ts";

/**
 * Pages given a qr.svg of their own: every page a reader can print. A leaflet
 * sheet shows its source page's code; the not-found page, the home page's. An offline edition
 * prints its entries' addresses instead.
 */
export const hasPrintQr = (pathname: string) =>
  !isLeafletSheet(pathname) && !isNotFoundPage(pathname) && !isOfflineEditionSource(pathname);

/** The code of the page at `pagePath` ("/ar/statements/x/", base included), as an address. */
export const printQrPath = (pagePath: string) => `${pagePath.replace(/\/?$/, "/")}qr.svg`;

/** Where the code of a page is written, relative to the output folder ("ar/statements/x/qr.svg"). */
export const printQrFile = (pathname: string) => printQrPath(pathname).replace(/^\//, "");
