import { FINGERPRINT_LENGTH, fingerprintText } from "../../lib/fingerprint-text.ts";
import type { EntryFiles } from "./entry-file.ts";

/**
 * How a translation saved in the web editor records which version of its
 * original it follows, without anyone typing a fingerprint.
 *
 * Every language of an entry is saved together. Just before saving, the editor
 * writes the original (default-language) file exactly as it is about to be
 * saved, takes its fingerprint the way the build does (src/site/fingerprint.ts),
 * and records it in `translatedFrom` of each translation that was created or
 * changed in this save. A translation left untouched keeps what it had, so
 * changing only the original leaves its translations marked out of date, as the
 * build would mark them. See README, "Editing on the web".
 */

/** The fingerprint of a file's text, as `npm run translations` prints it. */
export async function fingerprintInBrowser(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(fingerprintText(text));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return hex.slice(0, FINGERPRINT_LENGTH);
}

type Data = Record<string, unknown>;

/** The entry as the editor's preSave event gives it: the default language in data, others in i18n. */
export interface SavingEntry {
  data: Data;
  i18n: Record<string, { data?: Data } | undefined>;
}

/** The translatedFrom each language should carry after this save; undefined means "remove it". */
export async function translationStamps(
  entry: SavingEntry,
  files: EntryFiles,
): Promise<Record<string, string | undefined>> {
  const stamps: Record<string, string | undefined> = {};
  const original = { ...entry.data };
  delete original["translatedFrom"];
  // An entry first written in another language has no original here: nothing to follow.
  if (Object.keys(original).length === 0) return stamps;
  const fingerprint = await fingerprintInBrowser(files.write(original));
  for (const [locale, translation] of Object.entries(entry.i18n)) {
    const data = translation?.data;
    if (!data || Object.keys(data).length === 0) continue;
    if (files.changed(data, ["translatedFrom"])) stamps[locale] = fingerprint;
  }
  return stamps;
}
