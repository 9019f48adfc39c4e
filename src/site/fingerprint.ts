import { createHash } from "node:crypto";

/**
 * A short fingerprint of an original's text. A translation records the
 * fingerprint of the original it was made from (`translatedFrom`); when the
 * original changes, the fingerprints differ and the translation is flagged as
 * possibly out of date. Line endings and trailing spaces are ignored, so an
 * editor's text editor cannot make a translation look stale.
 */
export function fingerprint(source: string | Uint8Array): string {
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  const normalised = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
  return createHash("sha256").update(normalised).digest("hex").slice(0, 10);
}
