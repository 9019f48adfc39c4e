import { z } from "astro/zod";
import { draft, text, translatedFrom } from "./common.ts";

/**
 * A standing page such as About: `content/pages/<language>/<slug>.mdx`.
 * The about page also shows the contact details from content/settings.yaml.
 */
export const pageSchema = z.strictObject({
  title: text({ min: 2, max: 90, why: "longer titles are cut off in link previews" }).describe(
    "The page's heading.",
  ),
  summary: text({ min: 40, max: 200, why: "it is the text shown when the link is shared" }).describe(
    "One or two sentences, shown when the page is shared.",
  ),
  translatedFrom,
  draft,
});
