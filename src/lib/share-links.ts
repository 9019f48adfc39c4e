/**
 * Plain share links for each network: ordinary URLs that load nothing until
 * the reader taps one, carry no tracking parameters, and work without
 * JavaScript. Each network's own "compose" address is used.
 */

export type ShareNetwork = "whatsapp" | "telegram" | "x" | "bluesky" | "facebook" | "email";

export interface ShareContent {
  /** The page's absolute address. */
  url: string;
  /** The page's title, used as the e-mail subject. */
  title: string;
  /** What to say with the link. */
  text: string;
  /** A shorter text for X, if the entry gives one. */
  x?: string | undefined;
  /** A text for Bluesky, if the entry gives one. */
  bluesky?: string | undefined;
}

/**
 * encodeURIComponent, except that letters, marks, digits and punctuation
 * outside ASCII stay as they are. Browsers percent-encode them when the link
 * is followed, so the address sent is the same; in the page, an Arabic letter
 * then takes 2 bytes instead of 6, in every share link. Spaces, invisible and
 * control characters stay encoded.
 */
export function enc(value: string): string {
  return encodeURIComponent(value).replace(/(?:%[C-F][0-9A-F](?:%[89AB][0-9A-F])+)+/g, (run) => {
    const text = decodeURIComponent(run);
    return /^[\p{L}\p{M}\p{N}\p{P}]+$/u.test(text) ? text : run;
  });
}

export function shareLinks({ url, title, text, x, bluesky }: ShareContent): Record<ShareNetwork, string> {
  return {
    whatsapp: `https://wa.me/?text=${enc(`${text} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${enc(url)}&text=${enc(text)}`,
    x: `https://x.com/intent/post?text=${enc(x ?? text)}&url=${enc(url)}`,
    bluesky: `https://bsky.app/intent/compose?text=${enc(`${bluesky ?? text} ${url}`)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
    email: `mailto:?subject=${enc(title)}&body=${enc(`${text}\r\n\r\n${url}`)}`,
  };
}

// One segmenter for every call: making one is far slower than using it, and every page asks.
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** How many characters a reader sees, counting an emoji or an accented letter once. */
export function graphemeLength(text: string): number {
  let length = 0;
  for (const _grapheme of graphemes.segment(text)) length++;
  return length;
}
