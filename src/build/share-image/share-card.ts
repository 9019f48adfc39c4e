/** What a share image shows; everything that changes the picture is in here, so it is also the cache key. */
export interface ShareCard {
  /** The page title, any language, up to ~90 characters (longer titles are shortened with "…"). */
  title: string;
  /** Language code of the title and kicker, e.g. "en", "ar", "es". */
  lang: string;
  dir: "ltr" | "rtl";
  /** A short label above the title in the same language: "Statement", "بيان". */
  kicker?: string;
  /** The organization's name, usually Latin script. */
  siteName: string;
  /** The site's address without protocol, e.g. "example.org/campaign". */
  address: string;
}
