import { ar } from "./ar.ts";
import { en, type Dictionary, type UiKey } from "./en.ts";
import { es } from "./es.ts";

/** Interface text per language. A language added here may leave out keys; they fall back to English. */
const dictionaries: Record<string, Dictionary> = { en, ar, es };

export type { UiKey };

/** Returns the interface text for `key` in `lang`, falling back to English, with `{name}` values filled in. */
export function t(lang: string, key: UiKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[lang]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translator bound to one language, for use throughout a page. */
export function useTranslations(lang: string) {
  return (key: UiKey, values?: Record<string, string | number>) => t(lang, key, values);
}
