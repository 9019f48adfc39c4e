/**
 * Adds the Onion-Location header to the `/*` rule of _headers (Netlify, Cloudflare Pages), so
 * Tor Browser offers the onion service to readers. Neither host can put the requested path into
 * a header value, so the header names the onion service's home page; every page's own
 * <meta http-equiv="onion-location"> names that page's copy (layouts/Base.astro).
 */
export function withOnionLocation(headers: string, onionHome: string): string {
  const lines = headers.split("\n");
  const rule = lines.findIndex((line) => line.trim() === "/*");
  if (rule === -1) throw new Error("public/_headers has no /* rule to add the Onion-Location header to");
  lines.splice(rule + 1, 0, `  Onion-Location: ${onionHome}`);
  return lines.join("\n");
}
