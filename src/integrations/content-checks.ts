import type { AstroIntegration } from "astro";
import { checkContent } from "../content-checks/check-content.ts";
import { contentDir } from "../site/content-layout.ts";
import { ContentCheckError } from "../content-checks/problems.ts";
import { loadSettings } from "../site/settings.ts";
import { buildCacheDir } from "../build/cache-file.ts";
import { formatTranslationReport } from "../content-checks/translations.ts";

/**
 * Checks every file in content/ before Astro reads any of it, and stops the
 * command with one report naming each file, field and fix. Astro's own
 * validation only logs some failures (a missing reference() target, for one)
 * and reads dates with rules that roll 2025-02-30 into March.
 *
 * After a build it lists translations that are missing or made from an
 * earlier version of their original: those publish, but editors should know.
 */
export function contentChecks(): AstroIntegration {
  let translationNotes: string[] = [];
  return {
    name: "campaign:content-checks",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const { entries, problems, translations, reused } = checkContent(contentDir, loadSettings(), {
          cacheDir: buildCacheDir("content-check"),
        });
        if (problems.length > 0) throw new ContentCheckError(problems);
        translationNotes = formatTranslationReport(translations);
        const unchanged = reused > 0 ? ` (${reused} unchanged since they were last read)` : "";
        logger.info(`${entries.length} content files checked, no problems${unchanged}.`);
      },
      "astro:build:done": ({ logger }) => {
        if (translationNotes.length === 0) {
          logger.info("Every entry is translated into every language, and no translation is out of date.");
          return;
        }
        logger.warn(
          `Translations to look at (run npm run translations for details):\n${translationNotes.join("\n")}`,
        );
      },
    },
  };
}
