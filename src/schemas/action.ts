import { z } from "astro/zod";
import { leafletSchema } from "./leaflet.ts";
import { shareSchema } from "./share.ts";
import { calendarDate, draft, idList, tagList, text, translatedFrom } from "./common.ts";

/**
 * A recipient is an e-mail address, or the name of one listed under
 * `recipients` in content/settings.yaml (checked by the content checker).
 */
const recipient = z
  .string({
    error: "each recipient must be an e-mail address or a name from recipients in content/settings.yaml",
  })
  .trim()
  .regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[^\s@]+@[^\s@]+\.[^\s@]+)$/, {
    error: (issue) =>
      `"${String(issue.input)}" is neither an e-mail address nor a recipient name such as elected-officials`,
  });

/** Kinds of action, each with its own label and icon in the interface. */
export const ACTION_KINDS = [
  "contact-officials",
  "boycott",
  "divest",
  "protest",
  "organize",
  "learn",
  "donate",
  "share",
  "print",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ["active", "won", "closed"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * A ready-to-send e-mail. It becomes a mailto: link; mail apps and some
 * browsers refuse very long links, so the body has a firm limit.
 */
const messageSchema = z.strictObject(
  {
    to: z
      .array(recipient, { error: "must be a list of e-mail addresses, one per line starting with “- ”" })
      .min(1, { error: "needs at least one recipient" })
      .max(10, { error: "has more than 10 recipients" }),
    subject: text({ min: 3, max: 120, why: "mail apps cut long subjects" }),
    body: text({ min: 20, max: 1500, why: "mail apps refuse very long mailto: links" }),
  },
  { error: "must have three fields: to (a list of addresses), subject and body" },
);

/** Frontmatter of an action: `content/actions/<language>/<slug>.mdx`. */
export const actionSchema = z.strictObject({
  title: text({ min: 5, max: 90, why: "longer titles are cut off in link previews" }).describe(
    "What to do, as an instruction: “Write to your representative”.",
  ),
  summary: text({ min: 30, max: 200, why: "it is the text shown when the link is shared" }).describe(
    "One or two sentences on what this action does and why it matters.",
  ),
  kind: z
    .enum(ACTION_KINDS, {
      error: (issue) =>
        `"${String(issue.input)}" is not a kind of action: use one of ${ACTION_KINDS.join(", ")}`,
    })
    .describe("What sort of action it is; sets the icon and label."),
  steps: z
    .array(text({ min: 5, max: 300 }), { error: "must be a list of steps, one per line starting with “- ”" })
    .min(1, { error: "needs at least one step" })
    .max(10, { error: "has more than 10 steps; split the action in two" })
    .describe("What to do, in order, one short sentence each."),
  message: messageSchema.optional().describe("A ready-to-send e-mail that opens in the reader's mail app."),
  deadline: calendarDate.optional().describe("The last day the action is useful, as YYYY-MM-DD."),
  status: z
    .enum(ACTION_STATUSES, {
      error: (issue) => `"${String(issue.input)}" is not a status: use active, won or closed`,
    })
    .default("active")
    .describe("active, won or closed. Won and closed actions are listed apart."),
  priority: z
    .number({ error: "must be a whole number from 1 (most important) to 100" })
    .int({ error: "must be a whole number from 1 (most important) to 100" })
    .min(1, { error: "must be 1 or more (1 is the most important)" })
    .max(100, { error: "must be 100 or less" })
    .default(50)
    .describe("1 is shown first. Actions with equal priority are sorted by title."),
  demands: idList(12).describe("Ids of the demands this action serves."),
  tags: tagList,
  share: shareSchema,
  leaflet: leafletSchema,
  translatedFrom,
  draft,
});
