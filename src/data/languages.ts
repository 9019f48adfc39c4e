import { splitEntryId } from "~/lib/urls.ts";
import { languageSettings } from "./settings.ts";

/** The code of the language an entry is written in, from its id ("ar/free-the-prisoners" is "ar"). */
export const entryLang = (entry: { id: string }): string => splitEntryId(entry.id).lang;

/**
 * lang and dir for content shown in a language other than the page's (an
 * untranslated entry in a list, say), so screen readers pronounce it
 * correctly and right-to-left text stays isolated. Nothing when they match.
 */
export function foreignLanguageAttrs(
  contentLang: string,
  pageLang: string,
): { lang?: string; dir?: "ltr" | "rtl" } {
  return contentLang === pageLang ? {} : { lang: contentLang, dir: languageSettings(contentLang).dir };
}
