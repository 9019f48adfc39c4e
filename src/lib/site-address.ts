/** Where a site is published: its absolute address, and the path its pages live under. */
export interface SiteAddress {
  /** The full address with a trailing slash, such as https://example.org/campaign/. */
  site: string;
  /** The path part, with slashes at both ends: "/" or "/campaign/". */
  base: string;
}

/** Splits a site's address into what Astro calls `site` and `base`. */
export function siteAddress(url: string): SiteAddress {
  const address = new URL(url);
  const base = address.pathname.endsWith("/") ? address.pathname : `${address.pathname}/`;
  return { site: new URL(base, address.origin).href, base };
}
