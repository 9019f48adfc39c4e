import { loadSettings } from "~/site/settings.ts";
import type { Language } from "~/schemas/settings.ts";
import { localizedPath, splitEntryId } from "~/lib/urls.ts";

/** content/settings.yaml, already checked when the build started. */
export const settings = loadSettings();

export const defaultLanguage = settings.defaultLanguage;
export const languages = settings.languages;

export function languageOf(code: string): Language {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown language "${code}": it is not listed in content/settings.yaml`);
  return language;
}

/** The organization's name, tagline and description in a language, falling back to the main ones. */
export function siteText(lang: string) {
  const language = languageOf(lang);
  return {
    name: language.name ?? settings.name,
    tagline: language.tagline ?? settings.tagline,
    description: language.description ?? settings.description,
  };
}

/** The address of a page in a language, under the site's base path. */
export function pathTo(lang: string, ...segments: readonly string[]): string {
  return localizedPath(import.meta.env.BASE_URL, lang, defaultLanguage, ...segments);
}

/** The same page in every language, for pages that exist in all of them (home, lists). */
export function inEveryLanguage(...segments: readonly string[]): Record<string, string> {
  return Object.fromEntries(languages.map(({ code }) => [code, pathTo(code, ...segments)]));
}

/**
 * lang and dir for content shown in a language other than the page's (an
 * untranslated entry in a list, say), so screen readers pronounce it
 * correctly and right-to-left text stays isolated. Nothing when they match.
 */
export function foreignLanguageAttrs(
  contentLang: string,
  pageLang: string,
): { lang?: string; dir?: "ltr" | "rtl" } {
  return contentLang === pageLang ? {} : { lang: contentLang, dir: languageOf(contentLang).dir };
}

/** The language an entry is written in, from its id ("ar/free-the-prisoners"). */
export const languageOfEntry = (entry: { id: string }) => splitEntryId(entry.id).lang;

/** getStaticPaths params for a [...lang] route: no prefix for the default language. */
export function languageParams() {
  return languages.map(({ code }) => ({
    params: { lang: code === defaultLanguage ? undefined : code },
    props: { lang: code },
  }));
}

/** getStaticPaths params for an entry page such as /ar/statements/<slug>/. */
export function entryParams(id: string) {
  const { lang, slug } = splitEntryId(id);
  return { lang: lang === defaultLanguage ? undefined : lang, slug };
}
