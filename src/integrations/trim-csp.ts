import { createHash } from "node:crypto";

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

/** The sha256 sources of the inline scripts and styles a page really has. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = "", body = ""] of html.matchAll(INLINE)) {
    if (/\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return hashes;
}

/**
 * Keeps, in a page's Content Security Policy, only the hashes of inline code
 * that page contains. Astro lists the hashes of every inline script and style
 * of the whole site on every page: a page then allows code it does not have,
 * and carries half a kilobyte of incompressible base64 it does not need.
 * Likewise media-src, which only a page with a video or recording of the
 * site's own needs.
 */
export function trimPolicy(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const present = inlineHashes(html);
  const playsMedia = /<(?:video|audio)[\s>]/.test(html);
  const policy = (match[1] ?? "")
    .split(";")
    .filter((directive) => playsMedia || directive.trim().split(/\s+/)[0] !== "media-src")
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !source.startsWith("'sha256-") || present.has(source))
        .join(" "),
    )
    .filter(Boolean)
    .join("; ");
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
