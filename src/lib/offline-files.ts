/**
 * The offline editions' files: where they are published and what they are called. Every part of
 * the build, the downloads page and the tests name them through here.
 */

/** The folder of the site that holds every offline edition: /offline/. */
export const OFFLINE_FOLDER = "offline";

/** The organization's short name as a file name: "IAC" gives "iac". */
export function fileStem(shortName: string): string {
  const stem = shortName
    .normalize("NFKD")
    // Accents come apart from their letters under NFKD: "ção" is c, a cedilla, a, a tilde, o.
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return stem || "campaign";
}

/** The campaign in one file: offline/iac-ar.html. */
export const editionFile = (shortName: string, lang: string) => `${fileStem(shortName)}-${lang}.html`;

/** The reading pages of one language as a zip: offline/iac-ar.zip, which unpacks into a folder iac-ar/. */
export const zipFile = (shortName: string, lang: string) => `${fileStem(shortName)}-${lang}.zip`;

/** The folder a zip unpacks into. */
export const zipFolder = (shortName: string, lang: string) => `${fileStem(shortName)}-${lang}`;

/**
 * Where Astro renders a language's one-file edition before the build finishes it into
 * offline/iac-ar.html: an ordinary page route, so entries render with the same components, in the
 * same language, as on the site (npm run dev shows it there too). Never published at this address.
 */
export const EDITION_SOURCE_SEGMENT = "offline-edition";
