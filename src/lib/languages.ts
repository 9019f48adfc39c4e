/**
 * A language's name as written in another language ("inglés" in Spanish,
 * "الإنجليزية" in Arabic), for sentences such as "Read the original in …".
 * Language pickers use each language's own name instead (settings `label`).
 */
export function languageNameIn(code: string, inLanguage: string): string {
  return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
}
