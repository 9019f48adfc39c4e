/**
 * The process the build starts beside Astro to prepare the search index (src/build/search-warm-up.ts).
 * It prints its report as one line of JSON on stdout, and nothing else there: the build prints
 * what it says once Astro is done, so its words never land in the middle of Astro's lines.
 */
import { buildCacheDir } from "../../src/build/cache-file.ts";
import { warmUpSearch } from "../../src/build/search-warm-up.ts";
import { contentDir } from "../../src/site/content-layout.ts";
import { loadSettings } from "../../src/site/settings.ts";

const limitMs = Number(process.argv[2]);
const report = await warmUpSearch({
  contentDir,
  settings: loadSettings(),
  cacheDir: buildCacheDir("search-index"),
  checkCacheDir: buildCacheDir("content-check"),
  limitMs,
});
console.log(JSON.stringify(report ?? null));
