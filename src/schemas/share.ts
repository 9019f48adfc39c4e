import { z } from "astro/zod";
import { text } from "./common.ts";

/**
 * What to say when a reader shares the entry. Each network has its own limit:
 * X counts any link as 23 characters within 280; Bluesky counts the link's
 * full length within 300 (the content check measures it against the page's
 * real address).
 */
export const shareSchema = z
  .strictObject(
    {
      text: text({ min: 10, max: 200, why: "messengers show about two lines beside the link" })
        .optional()
        .describe("What to say with the link on every network. Without it, the summary is used."),
      x: text({ min: 10, max: 256, why: "X allows 280 characters and counts the link as 23" })
        .optional()
        .describe("A shorter text for X, if the general one is too long."),
      bluesky: text({ min: 10, max: 299, why: "Bluesky allows 300 characters, link included" })
        .optional()
        .describe("A text for Bluesky; with the page's address it must fit in 300 characters."),
    },
    { error: "must have one or more of: text, x, bluesky" },
  )
  .optional()
  .describe("Optional words to go with the link when readers share this page.");
