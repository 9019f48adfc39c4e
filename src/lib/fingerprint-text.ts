/**
 * The text a fingerprint is taken of: line endings and trailing spaces are
 * ignored, so an editor's text editor cannot make a translation look stale.
 * Shared by the build (src/site/fingerprint.ts) and the web editor, which
 * fingerprints an original in the browser when a translation is saved.
 */
export function fingerprintText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}

/** Fingerprints are the first ten hexadecimal digits of the SHA-256 of that text. */
export const FINGERPRINT_LENGTH = 10;
