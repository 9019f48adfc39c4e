import type { AstroIntegration } from "astro";
import { checkContent } from "./check-content.ts";
import { contentDir } from "./paths.ts";
import { ContentCheckError } from "./problems.ts";
import { loadSettings } from "./settings.ts";

/**
 * Checks every file in content/ before Astro reads any of it, and stops the
 * command with one report naming each file, field and fix. Astro's own
 * validation only logs some failures (a missing reference() target, for one)
 * and reads dates with rules that roll 2025-02-30 into March.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: "campaign:content-checks",
    hooks: {
      "astro:config:setup": ({ logger }) => {
        const { entries, problems } = checkContent(contentDir, loadSettings());
        if (problems.length > 0) throw new ContentCheckError(problems);
        logger.info(`${entries.length} content files checked, no problems.`);
      },
    },
  };
}
