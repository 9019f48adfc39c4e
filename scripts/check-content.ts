/**
 * `npm run check:content`: checks every file in content/ in a second or two,
 * without building the site. Editors can run it after each change.
 */
import { checkContent } from "../src/content-checks/check-content.ts";
import { ContentCheckError, displayPath, formatProblems } from "../src/content-checks/problems.ts";
import { contentDir } from "../src/site/content-layout.ts";
import { loadSettings } from "../src/site/settings.ts";

try {
  const { entries, problems } = checkContent(contentDir, loadSettings());
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exitCode = 1;
  } else {
    console.log(`✔ ${entries.length} files in ${displayPath(contentDir)}/ checked, no problems.`);
  }
} catch (error) {
  if (!(error instanceof ContentCheckError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
