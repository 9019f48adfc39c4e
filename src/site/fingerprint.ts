import { createHash } from "node:crypto";
import { FINGERPRINT_LENGTH, fingerprintText } from "../lib/fingerprint-text.ts";

/**
 * A short fingerprint of an original's text. A translation records the
 * fingerprint of the original it was made from (`translatedFrom`); when the
 * original changes, the fingerprints differ and the translation is flagged as
 * possibly out of date. The web editor computes the same value in the browser
 * (src/admin/editor/translations.ts).
 */
export function fingerprint(source: string | Uint8Array): string {
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  return createHash("sha256").update(fingerprintText(text)).digest("hex").slice(0, FINGERPRINT_LENGTH);
}
