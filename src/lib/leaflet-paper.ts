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
