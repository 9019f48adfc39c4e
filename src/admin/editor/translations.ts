import { FINGERPRINT_LENGTH, fingerprintText } from "../../lib/fingerprint-text.ts";
import { SOURCE_KEY, type EntryFiles } from "./entry-file.ts";

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

/** What a translation carries between the preSave event and the moment its file is written. */
export const STAMP_PENDING = "pending: the fingerprint of the original as it is saved";

/** How long a translation's file waits for its original's to be written in the same save. */
const ORIGINAL_WAIT_MS = 10_000;

/**
 * Stamps the translations of one save. The fingerprint must be of the original's file exactly as
 * the editor writes it (the editor turns some values, such as a photo's address, into their
 * written form only then), so: when the save starts (`prepare`), each translation created or
 * changed gets a placeholder, and the original is marked; when the editor writes the original's
 * file, its text is kept (`written`); each stamped translation's file then waits for that text
 * and records its fingerprint (`stamp`).
 */
export class TranslationStamps {
  #original: { id: string; text: Promise<string>; resolve: (text: string) => void } | undefined;
  #next = 0;

  /** The changes to make to the entry as the save starts: which translations to stamp, and the original's mark. */
  prepare(entry: SavingEntry, files: EntryFiles): { originalId?: string; stamped: string[] } {
    const original = { ...entry.data };
    delete original["translatedFrom"];
    // An entry first written in another language has no original here: nothing to follow.
    if (Object.keys(original).length === 0) return { stamped: [] };
    const stamped = Object.entries(entry.i18n)
      .filter(([, translation]) => {
        const data = translation?.data;
        return data && Object.keys(data).length > 0 && files.changed(data, ["translatedFrom"]);
      })
      .map(([locale]) => locale);
    if (stamped.length === 0) return { stamped };
    const known = original[SOURCE_KEY];
    const id = typeof known === "string" ? known : `new-${(this.#next += 1)}`;
    let resolve: (text: string) => void = () => {};
    const text = new Promise<string>((done) => (resolve = done));
    this.#original = { id, text, resolve };
    return { originalId: id, stamped };
  }

  /** Called with every file the editor writes: keeps the original's text when it is the original. */
  written(value: Data, text: string): void {
    if (this.#original && value[SOURCE_KEY] === this.#original.id) this.#original.resolve(text);
  }

  /** A translation's data with its fingerprint in place of the placeholder. */
  async stamp(value: Data): Promise<Data> {
    if (value["translatedFrom"] !== STAMP_PENDING) return value;
    const original = this.#original;
    const text = original
      ? await Promise.race([
          original.text,
          new Promise<undefined>((done) => setTimeout(done, ORIGINAL_WAIT_MS)),
        ])
      : undefined;
    // Without its original in this save there is nothing to follow: better no stamp than a wrong one.
    if (text === undefined) {
      const { translatedFrom: _dropped, ...rest } = value;
      return rest;
    }
    return { ...value, translatedFrom: await fingerprintInBrowser(text) };
  }
}
