import { z } from "astro/zod";
import { text } from "./common.ts";

/**
 * Shorter text for the printed leaflet of a statement or action. Without it
 * the leaflet is made from the title, summary, demands and actions. A leaflet
 * is one side of paper: the leaflet build fails, naming the entry and paper
 * size, when the text does not fit.
 */
export const leafletSchema = z
  .strictObject(
    {
      headline: text({ min: 5, max: 70, why: "it is set very large on paper" })
        .optional()
        .describe("A short headline for paper. Without it, the title is used."),
      points: z
        .array(text({ min: 10, max: 160, why: "each point is one line or two on paper" }), {
          error: "must be a list of points, one per line starting with “- ”",
        })
        .min(3, { error: "needs at least 3 points" })
        .max(5, { error: "has more than 5 points; a leaflet has room for 5 at most" })
        .optional()
        .describe("3 to 5 key points. Without them, the demands are used."),
      callToAction: text({ min: 10, max: 160, why: "it is the last thing a reader sees on paper" })
        .optional()
        .describe("What the reader should do next, in a sentence."),
    },
    { error: "must have one or more of: headline, points, callToAction" },
  )
  .optional()
  .describe("Optional shorter text for the printed leaflet.");
