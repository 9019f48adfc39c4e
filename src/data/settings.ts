import { canonicalAddress, publishedAddress } from "~/site/address.ts";
import { loadSettings } from "~/site/settings.ts";
import type { Language } from "~/schemas/settings.ts";

/** content/settings.yaml, already checked when the build started. */
export const settings = loadSettings();

export const defaultLanguage = settings.defaultLanguage;
export const languages = settings.languages;

/** Where this build is published (settings.yaml's url, or CAMPAIGN_SITE_URL). */
export const publishedSite = publishedAddress(settings).site;

/** The address canonical links name: the main address on a mirror, else this build's own. */
export const canonicalSite = canonicalAddress(settings).site;

/**
 * Every address the site can be read at, for readers who cannot reach one of them: the main
 * address first (the canonical one: this build's own, or on a mirror the site it copies), then
 * the mirrors, then the onion service (for Tor Browser).
 */
export const readingAddresses = {
  main: canonicalSite,
  mirrors: settings.mirrors,
  onion: settings.onion,
};

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
