import path from "node:path";
import type { Settings } from "../schemas/settings.ts";
import type { CheckedEntry } from "./checked-entry.ts";
import { displayPath, type Problem } from "./problems.ts";

export interface TranslationReport {
  /** Originals, and the languages that have no translation of them yet. */
  missing: { original: string; languages: string[] }[];
  /** Translations made from an earlier version of their original. */
  outdated: { translation: string; original: string }[];
}

const keyOf = (entry: CheckedEntry, language = entry.language) =>
  `${entry.collection}/${language}/${entry.slug}`;

/**
 * Pairs every translation with its original (same collection and file name,
 * in the default language) and compares the fingerprint it records with the
 * original's current one.
 */
export function checkTranslations(
  entries: readonly CheckedEntry[],
  settings: Settings,
): { problems: Problem[]; report: TranslationReport } {
  const { defaultLanguage } = settings;
  const byKey = new Map(entries.map((entry) => [keyOf(entry), entry]));
  const problems: Problem[] = [];
  const report: TranslationReport = { missing: [], outdated: [] };

  for (const entry of entries) {
    const recorded = entry.data["translatedFrom"] as string | undefined;
    const file = displayPath(entry.file);
    if (entry.language === defaultLanguage) {
      if (recorded) {
        problems.push({
          file,
          field: "translatedFrom",
          message: `belongs on translations only; this file is in the default language (${defaultLanguage}). Remove the line.`,
        });
      }
      continue;
    }
    const original = byKey.get(keyOf(entry, defaultLanguage));
    if (!original) {
      if (recorded) {
        const folder = path.join(path.dirname(path.dirname(file)), defaultLanguage);
        problems.push({
          file,
          field: "translatedFrom",
          message: `names an original that does not exist: there is no ${entry.slug} in ${folder}/. Check the file name, or remove translatedFrom if this entry has no original.`,
        });
      }
      continue;
    }
    if (!recorded) {
      problems.push({
        file,
        field: "translatedFrom",
        message: `is missing: this is a translation of ${displayPath(original.file)}. Add the line  translatedFrom: "${original.fingerprint}"  so the site can tell when the original changes.`,
      });
    } else if (recorded !== original.fingerprint) {
      report.outdated.push({ translation: file, original: displayPath(original.file) });
    }
  }

  const languages = settings.languages
    .map((language) => language.code)
    .filter((code) => code !== defaultLanguage);
  for (const entry of entries) {
    if (entry.language !== defaultLanguage || entry.data["draft"] === true) continue;
    const lacking = languages.filter((language) => !byKey.has(keyOf(entry, language)));
    if (lacking.length > 0) report.missing.push({ original: displayPath(entry.file), languages: lacking });
  }
  return { problems, report };
}

/** The lines the build prints about translations; empty when every translation is complete and current. */
export function formatTranslationReport(report: TranslationReport): string[] {
  return [
    ...report.missing.map(
      ({ original, languages }) => `missing translation: ${original} has no ${languages.join(", ")}`,
    ),
    ...report.outdated.map(
      ({ translation, original }) =>
        `may be out of date: ${translation} was made from an earlier ${original}`,
    ),
  ];
}
