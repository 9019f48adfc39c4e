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
