import { z } from "astro/zod";
import { text, translatedFrom } from "./common.ts";

/**
 * A topic readers can follow: `content/topics/<language>/<id>.yaml`. Statements and actions
 * name it in `tags` by its id, the file name; a tag that names no topic stops the build, so a
 * typo never makes a page of its own.
 */
export const topicSchema = z.strictObject({
  name: text({ min: 2, max: 40, why: "it is a label in lists and links" }).describe(
    "The topic's name as readers see it, such as “Ceasefire”.",
  ),
  description: text({ min: 20, max: 240, why: "it is one or two sentences under the topic's title" })
    .optional()
    .describe("One or two sentences shown on the topic's page, saying what it gathers."),
  translatedFrom,
});
