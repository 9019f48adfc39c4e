/**
 * E-mail addresses are written so that harvesters scanning a page's HTML for
 * "name@host.tld" find nothing, while readers, screen readers and mail apps
 * see the real address with JavaScript off. It is a speed bump against bulk
 * scrapers, not protection from a person: the organization's address is public.
 */

/** HTML for an address shown as text: "@" and "." become character references. */
export function obfuscatedEmailHtml(address: string): string {
  return address
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/@/g, "&#64;")
    .replace(/\./g, "&#46;");
}

/** A mailto: address part with "@" percent-encoded, which every mail app decodes (RFC 6068). */
export function mailtoAddress(address: string): string {
  return encodeURIComponent(address);
}
