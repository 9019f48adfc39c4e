import { z } from "astro/zod";
import { shareSchema } from "./share.ts";
import { draft, text, translatedFrom } from "./common.ts";

/** The sections of the FAQ page, in the order they appear. Labels live in src/i18n. */
export const FAQ_CATEGORIES = ["basics", "demands", "taking-part", "safety"] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];

/** Frontmatter of an FAQ entry: `content/faq/<language>/<slug>.mdx`; the body is the answer. */
export const faqSchema = z.strictObject({
  question: text({ min: 8, max: 140, why: "a question should read at a glance" }).describe(
    "The question as a reader would ask it.",
  ),
  category: z
    .enum(FAQ_CATEGORIES, {
      error: (issue) => `"${String(issue.input)}" is not a category: use one of ${FAQ_CATEGORIES.join(", ")}`,
    })
    .describe("Which section of the FAQ it belongs to."),
  order: z
    .number({ error: "must be a whole number, such as 10 (lower numbers come first)" })
    .int({ error: "must be a whole number, such as 10 (lower numbers come first)" })
    .min(0, { error: "must be 0 or more" })
    .max(999, { error: "must be 999 or less" })
    .describe("Position within its category; lower comes first. Steps of 10 leave room to insert."),
  share: shareSchema,
  translatedFrom,
  draft,
});
