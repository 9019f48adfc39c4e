import { z } from "astro/zod";
import { leafletSchema } from "./leaflet.ts";
import { shareSchema } from "./share.ts";
import { calendarDate, draft, idList, imageWithAlt, tagList, text, translatedFrom } from "./common.ts";

/**
 * Frontmatter of a statement: `content/statements/<language>/<slug>.mdx`.
 * `imageSrc` is Astro's image() in the site and a path check in the content checker.
 */
export function statementSchema<Src extends z.ZodType>(imageSrc: Src) {
  return z
    .strictObject({
      title: text({ min: 5, max: 90, why: "longer titles are cut off in link previews" }).describe(
        "The headline. Up to 90 characters so it shows whole in link previews.",
      ),
      summary: text({ min: 40, max: 200, why: "it is the text shown when the link is shared" }).describe(
        "One or two sentences. Shown in lists and in link previews when the page is shared.",
      ),
      published: calendarDate.describe("The day the statement was issued, as YYYY-MM-DD."),
      updated: calendarDate.optional().describe("The day it was last changed in substance, as YYYY-MM-DD."),
      author: text({ max: 120 })
        .optional()
        .describe("Who signs it. Leave it out when the organization itself signs."),
      tags: tagList,
      demands: idList(12).describe("Ids of the demands this statement makes (files in content/demands)."),
      actions: idList(6).describe("Ids of the actions it asks readers to take (files in content/actions)."),
      image: imageWithAlt(imageSrc)
        .optional()
        .describe("An image for the top of the page, with its alt text."),
      share: shareSchema,
      leaflet: leafletSchema,
      translatedFrom,
      draft,
    })
    .refine((entry) => !entry.updated || entry.updated >= entry.published, {
      error: "is earlier than published: the update cannot come before the statement",
      path: ["updated"],
    });
}
