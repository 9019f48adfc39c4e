/**
 * The one spelling search compares, for the index (src/build/search-index.ts) and for what a
 * reader types (src/search/), so both sides always agree.
 *
 * Arabic is written several ways that a reader takes for the same word: with or without short
 * vowels and shadda, stretched with tatweel, with or without the hamza on alef, ta marbuta written
 * as ha at the end of a word, alef maqsura as ya, and the hamza of مسؤول also written مسئول.
 * Pagefind's Arabic stemmer evens out some of these but not all (غزه did not find غزة, nor
 * المسئولية المسؤولية), so each is folded to one letter here before the stemmer sees the word.
 * Digits become ASCII, so ٢٠٢٥ finds 2025. Other scripts are left as they are: Pagefind
 * lower-cases and stems them itself.
 */

/** Short vowels, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel: dropped. */
const DROPPED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/g;

/** Letters written in place of one another, each to the one form both sides use. */
const FOLDED: Record<string, string> = {
  // Alef with hamza above or below, with madda, wasla: bare alef.
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  // Hamza on waw and on ya (مسؤول, مسئول): the hamza alone.
  "\u0624": "\u0621",
  "\u0626": "\u0621",
  // Ta marbuta: ha, as many write it.
  "\u0629": "\u0647",
  // Alef maqsura, and the Persian ya and kaf of other keyboards: Arabic ya and kaf.
  "\u0649": "\u064a",
  "\u06cc": "\u064a",
  "\u06a9": "\u0643",
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join("")}]`, "g");

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function searchText(text: string): string {
  return text
    .normalize("NFC")
    .replace(DROPPED, "")
    .replace(FOLDABLE, (letter) => FOLDED[letter] ?? letter)
    .replace(DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}
