/**
 * The paper every leaflet is printed on, in millimetres (width × height of
 * the PDF page). a5-2up is two A5 copies side by side on landscape A4, for
 * cutting in half. Shared by the leaflet build, the leaflet pages and the
 * downloads page, so a size is added in one place.
 */
export const PAPER = {
  a4: [210, 297],
  letter: [215.9, 279.4],
  a5: [148, 210],
  "a5-2up": [297, 210],
} as const;

export type LeafletSize = keyof typeof PAPER;

export const LEAFLET_SIZES = Object.keys(PAPER) as LeafletSize[];

/** What each single-sheet paper is called, the same in every language. (Two-up is described in words.) */
export const PAPER_NAME = { a4: "A4", letter: "US Letter", a5: "A5" } as const satisfies Partial<
  Record<LeafletSize, string>
>;

/** Print-shop copies are made for single sheets; two-up is for office photocopiers. */
export const BLEED_SIZES: readonly LeafletSize[] = ["a4", "letter", "a5"];

/** The bleed a print shop trims off each edge. */
export const BLEED_MM = 3;

/** A leaflet PDF, as its file name says it: which leaflet, which paper, which copy. */
export interface LeafletPdf {
  lang: string;
  slug: string;
  size: LeafletSize;
  /** The print-shop copy, with bleed. */
  bleed: boolean;
}

/**
 * Where a leaflet's PDF is, from the site's root: leaflets/<lang>/<slug>-<size>.pdf,
 * print-shop copies ending -bleed.pdf. The PDF writer, the download links and
 * the tests all name PDFs with this one function.
 */
export const leafletPdfFile = ({ lang, slug, size, bleed }: LeafletPdf): string =>
  `leaflets/${lang}/${slug}-${size}${bleed ? "-bleed" : ""}.pdf`;

/** The leaflet, paper and copy a name made by leafletPdfFile stands for; undefined for any other name. */
export function parseLeafletPdfFile(file: string): LeafletPdf | undefined {
  const sizes = LEAFLET_SIZES.map((size) => size.replace(/[^a-z0-9]/g, "\\$&")).join("|");
  const match = new RegExp(`(?:^|/)leaflets/([^/]+)/([^/]+)-(${sizes})(-bleed)?\\.pdf$`).exec(file);
  if (!match) return undefined;
  const [, lang = "", slug = "", size = "", bleed] = match;
  return { lang, slug, size: size as LeafletSize, bleed: bleed !== undefined };
}
