/**
 * `npm run translations`: for every original, its fingerprint (what a
 * translation records in `translatedFrom`) and the state of each translation.
 * It only reads; it never changes a file.
 */
import { checkContent } from "../src/content-checks/check-content.ts";
import { ContentCheckError, displayPath, formatProblems } from "../src/content-checks/problems.ts";
import { contentDir } from "../src/site/content-layout.ts";
import { loadSettings } from "../src/site/settings.ts";

try {
  const settings = loadSettings();
  const { entries, problems } = checkContent(contentDir, settings);
  const others = settings.languages
    .map(({ code }) => code)
    .filter((code) => code !== settings.defaultLanguage);
  const find = (collection: string, language: string, slug: string) =>
    entries.find(
      (entry) => entry.collection === collection && entry.language === language && entry.slug === slug,
    );

  const rows = entries
    .filter((entry) => entry.language === settings.defaultLanguage)
    .map((original) => {
      const row: Record<string, string> = {
        original: displayPath(original.file).replace(/^content\//, ""),
        fingerprint: original.fingerprint,
      };
      for (const language of others) {
        const translation = find(original.collection, language, original.slug);
        const recorded = translation?.data["translatedFrom"];
        row[language] = !translation
          ? "missing"
          : recorded === original.fingerprint
            ? "up to date"
            : recorded
              ? "out of date"
              : "no translatedFrom";
      }
      return row;
    });
  console.table(rows);
  console.log(
    'A translation records its original\'s fingerprint, in quotes:  translatedFrom: "<fingerprint>"\n' +
      "After updating an out-of-date translation, copy the new fingerprint into it.",
  );
  if (problems.length > 0) {
    console.error(`\n${formatProblems(problems)}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ContentCheckError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
