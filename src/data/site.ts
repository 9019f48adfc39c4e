import { loadSettings } from "../content-checks/settings.ts";
import type { Language } from "../schemas/settings.ts";
import { localizedPath } from "../lib/urls.ts";

/** content/settings.yaml, already checked when the build started. */
export const settings = loadSettings();

export const defaultLanguage = settings.defaultLanguage;

export function languageOf(code: string): Language {
  const language = settings.languages.find((candidate) => candidate.code === code);
  if (!language) throw new Error(`Unknown language "${code}": it is not listed in content/settings.yaml`);
  return language;
}

/** The address of a page in a language, under the site's base path. */
export function pathTo(lang: string, ...segments: readonly string[]): string {
  return localizedPath(import.meta.env.BASE_URL, lang, defaultLanguage, ...segments);
}

/** getStaticPaths params for a [...lang] route: no prefix for the default language. */
export function languageParams() {
  return settings.languages.map(({ code }) => ({
    params: { lang: code === defaultLanguage ? undefined : code },
    props: { lang: code },
  }));
}

/** getStaticPaths params for an entry page such as /ar/statements/<slug>/. */
export function entryParams(id: string) {
  const [lang = defaultLanguage, slug = ""] = id.split("/");
  return { lang: lang === defaultLanguage ? undefined : lang, slug };
}
