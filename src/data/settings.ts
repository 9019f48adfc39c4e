import { loadSettings } from "~/site/settings.ts";
import type { Language } from "~/schemas/settings.ts";

/** content/settings.yaml, already checked when the build started. */
export const settings = loadSettings();

export const defaultLanguage = settings.defaultLanguage;
export const languages = settings.languages;

/** A language's entry in settings.yaml: its label, writing direction, locale and texts. */
export function languageSettings(code: string): Language {
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown language "${code}": it is not listed in content/settings.yaml`);
  return language;
}

/** The organization's name, tagline and description in a language, falling back to the main ones. */
export function siteText(lang: string) {
  const language = languageSettings(lang);
  return {
    name: language.name ?? settings.name,
    tagline: language.tagline ?? settings.tagline,
    description: language.description ?? settings.description,
  };
}
