import { z } from "astro/zod";
import { text, translatedFrom } from "./common.ts";

/**
 * One demand of the campaign: `content/demands/<language>/<id>.yaml`.
 * Statements and actions refer to it by its id, the file name.
 */
export const demandSchema = z.strictObject({
  title: text({ min: 3, max: 60, why: "it is used as a short label in lists and leaflets" }).describe(
    "A short label, such as “Stop arming Israel”.",
  ),
  text: text({ min: 40, max: 600, why: "a demand should fit in one paragraph" }).describe(
    "One paragraph that says what is demanded and why.",
  ),
  order: z
    .number({ error: "must be a whole number, such as 10 (lower numbers come first)" })
    .int({ error: "must be a whole number, such as 10 (lower numbers come first)" })
    .min(0, { error: "must be 0 or more" })
    .describe("Position in the list of demands; lower comes first."),
  translatedFrom,
});
