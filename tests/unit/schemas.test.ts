import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { actionSchema, ACTION_KINDS } from "../../src/schemas/action";
import { demandSchema } from "../../src/schemas/demand";
import { faqSchema, FAQ_CATEGORIES } from "../../src/schemas/faq";
import { pageSchema } from "../../src/schemas/page";
import { settingsSchema } from "../../src/schemas/settings";
import { statementSchema } from "../../src/schemas/statement";

/**
 * Every failing case reads the editor-facing message at the field it is about,
 * so a test fails if the field, the wording or the rule changes.
 */

type Issue = { path: string; code: string; message: string; keys?: string[] };

function issuesOf(result: { success: boolean; error?: z.ZodError }): Issue[] {
  expect(result.success, "expected the input to be rejected").toBe(false);
  return result.error!.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: issue.code,
    message: issue.message,
    ...("keys" in issue ? { keys: issue.keys as string[] } : {}),
  }));
}

/** The messages reported at one field (path written as "a.0.b"). */
function messagesAt(result: { success: boolean; error?: z.ZodError }, path: string): string[] {
  return issuesOf(result)
    .filter((issue) => issue.path === path)
    .map((issue) => issue.message);
}

/** The single message at `path`; fails if there is none or more than one. */
function messageAt(result: { success: boolean; error?: z.ZodError }, path: string): string {
  const messages = messagesAt(result, path);
  expect(messages, `messages at "${path}"`).toHaveLength(1);
  return messages[0]!;
}

// ---------------------------------------------------------------------------
// Valid fixtures, shaped like the real files in content/.
// ---------------------------------------------------------------------------

const statementImageSrc = z.string();
const statement = statementSchema(statementImageSrc);

const validStatement = () => ({
  title: "After the ceasefire, keep mobilizing for Palestine",
  summary: "Gaza has a ceasefire after more than 15 months of war. Our movement must not demobilize.",
  published: "2025-01-20",
});

const validFaq = () => ({
  question: "Who is the International Action Center?",
  category: "basics",
  order: 10,
});

const validAction = () => ({
  title: "Write to your elected officials",
  summary: "Tell the people who represent you to stop arming Israel and cut the war budget.",
  kind: "contact-officials",
  steps: ["Find out who represents you.", "Send the ready-made message."],
});

const validMessage = () => ({
  to: ["elected-officials", "office@example.org"],
  subject: "Stop arming Israel",
  body: "Dear elected official, I am writing to ask you to stop arming Israel.",
});

const validDemand = () => ({
  title: "Hold the war criminals to account",
  text: "We demand just punishment for the genocidal regime and for the governments that backed it.",
  order: 10,
});

const validPage = () => ({
  title: "About us",
  summary: "The International Action Center is an anti-war organization that stands with Palestine.",
});

const validSettings = () => ({
  name: "International Action Center",
  shortName: "IAC",
  url: "https://example.org",
  tagline: "Against war and occupation.",
  description: "Statements, answers and actions from the International Action Center.",
  email: "info@example.org",
  defaultLanguage: "en",
  languages: [{ code: "en", label: "English" }],
});

// ---------------------------------------------------------------------------

describe("statementSchema", () => {
  it("accepts a minimal statement and fills in the defaults", () => {
    const result = statement.safeParse(validStatement());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.draft).toBe(false);
    expect(result.data.tags).toEqual([]);
    expect(result.data.demands).toEqual([]);
    expect(result.data.actions).toEqual([]);
    expect(result.data.published).toEqual(new Date(Date.UTC(2025, 0, 20)));
  });

  it("accepts a full statement with image, tags and references", () => {
    const result = statement.safeParse({
      ...validStatement(),
      updated: "2025-01-21",
      author: "The IAC",
      tags: ["ceasefire", "arms-embargo"],
      demands: ["accountability"],
      actions: ["join-the-protests"],
      image: { src: "./images/march.jpg", alt: "A march through the city" },
      draft: true,
    });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.image).toEqual({ src: "./images/march.jpg", alt: "A march through the city" });
    expect(result.data.draft).toBe(true);
  });

  it("trims surrounding spaces from text", () => {
    const result = statement.safeParse({ ...validStatement(), title: "   Keep mobilizing   " });
    expect(result.success && result.data.title).toBe("Keep mobilizing");
  });

  it("says a missing title is required", () => {
    const { title: _omit, ...withoutTitle } = validStatement();
    expect(messageAt(statement.safeParse(withoutTitle), "title")).toBe("is required but missing or empty");
  });

  it("treats an empty YAML value (null) as missing", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), title: null }), "title")).toBe(
      "is required but missing or empty",
    );
  });

  it("asks for quotes when a title is not text (e.g. a number)", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), title: 2025 }), "title")).toMatch(
      /must be text/,
    );
  });

  it("states the length and the minimum for a title that is too short", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), title: "Hi" }), "title")).toBe(
      "is too short (2 of at least 5 characters): write a little more",
    );
  });

  it("counts a title of only spaces as empty after trimming", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), title: "       " }), "title")).toBe(
      "is too short (0 of at least 5 characters): write a little more",
    );
  });

  it("states the length, the limit and the reason for a title that is too long", () => {
    const message = messageAt(statement.safeParse({ ...validStatement(), title: "x".repeat(91) }), "title");
    expect(message).toBe(
      "is 91 characters long; the limit is 90 because longer titles are cut off in link previews. Shorten it.",
    );
  });

  it("accepts a title exactly at the limit", () => {
    expect(statement.safeParse({ ...validStatement(), title: "x".repeat(90) }).success).toBe(true);
  });

  it("states the length and the limit for a summary that is too long", () => {
    const message = messageAt(
      statement.safeParse({ ...validStatement(), summary: "y".repeat(250) }),
      "summary",
    );
    expect(message).toContain("is 250 characters long");
    expect(message).toContain("the limit is 200");
  });

  it("rejects an impossible date such as 2025-02-30 instead of rolling it into March", () => {
    expect(
      messageAt(statement.safeParse({ ...validStatement(), published: "2025-02-30" }), "published"),
    ).toBe('"2025-02-30" is not a real calendar date: check the month and the day');
  });

  it.each(["2025-13-01", "2025-00-10", "2023-02-29"])("rejects the impossible date %s", (value) => {
    expect(messageAt(statement.safeParse({ ...validStatement(), published: value }), "published")).toContain(
      "not a real calendar date",
    );
  });

  it("accepts 29 February in a leap year", () => {
    expect(statement.safeParse({ ...validStatement(), published: "2024-02-29" }).success).toBe(true);
  });

  it.each(["next Tuesday", "20/01/2025", "2025-1-20", "2025-01-20T10:00"])(
    'explains the YYYY-MM-DD format for the non-date "%s"',
    (value) => {
      expect(messageAt(statement.safeParse({ ...validStatement(), published: value }), "published")).toBe(
        `"${value}" is not a date: write it as YYYY-MM-DD, for example 2025-01-20`,
      );
    },
  );

  it("explains the date format when the date is not text at all", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), published: 20250120 }), "published")).toBe(
      "must be a date written as YYYY-MM-DD, for example 2025-01-20",
    );
  });

  it("accepts a Date object, as Astro's own loader gives", () => {
    const day = new Date(Date.UTC(2025, 0, 20));
    const result = statement.safeParse({ ...validStatement(), published: day });
    expect(result.success && result.data.published.getTime()).toBe(day.getTime());
  });

  it("rejects an update dated before publication, at the updated field", () => {
    const result = statement.safeParse({
      ...validStatement(),
      published: "2025-03-01",
      updated: "2025-02-28",
    });
    expect(messageAt(result, "updated")).toBe(
      "is earlier than published: the update cannot come before the statement",
    );
  });

  it("accepts an update on the day of publication", () => {
    expect(statement.safeParse({ ...validStatement(), updated: "2025-01-20" }).success).toBe(true);
  });

  it("rejects an unknown field (a typo) instead of ignoring it", () => {
    const issues = issuesOf(statement.safeParse({ ...validStatement(), titel: "Typo" }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys", keys: ["titel"] }));
  });

  it("explains the tag format for a tag with capitals or spaces", () => {
    const result = statement.safeParse({ ...validStatement(), tags: ["ceasefire", "Arms Embargo"] });
    expect(messageAt(result, "tags.1")).toBe(
      'tag "Arms Embargo" must use lowercase letters, digits and hyphens, like "ceasefire" or "arms-embargo"',
    );
  });

  it("limits the number of topics to 8, each named once", () => {
    const tags = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    expect(messageAt(statement.safeParse({ ...validStatement(), tags }), "tags")).toMatch(
      /more than 8 topics/,
    );
    expect(messageAt(statement.safeParse({ ...validStatement(), tags: ["gaza", "gaza"] }), "tags")).toBe(
      "names the same topic twice",
    );
  });

  it("explains the id format for a demand id with capitals", () => {
    const result = statement.safeParse({ ...validStatement(), demands: ["Stop_Arming"] });
    expect(messageAt(result, "demands.0")).toBe(
      '"Stop_Arming" is not a valid id: use lowercase letters, digits and hyphens, like "stop-arming-israel"',
    );
  });

  it("rejects the same demand id listed twice", () => {
    const result = statement.safeParse({
      ...validStatement(),
      demands: ["accountability", "accountability"],
    });
    expect(messageAt(result, "demands")).toBe("names the same id twice");
  });

  it("limits the number of actions to 6", () => {
    const actions = ["a", "b", "c", "d", "e", "f", "g"];
    expect(messageAt(statement.safeParse({ ...validStatement(), actions }), "actions")).toBe(
      "lists at most 6 ids; choose the most important",
    );
  });

  it("requires alt text on an image", () => {
    const result = statement.safeParse({ ...validStatement(), image: { src: "./march.jpg" } });
    expect(messageAt(result, "image.alt")).toMatch(/^alt text is required: describe what the image shows/);
  });

  it("rejects alt text that is too short to describe anything", () => {
    const result = statement.safeParse({ ...validStatement(), image: { src: "./march.jpg", alt: " img " } });
    expect(messageAt(result, "image.alt")).toBe(
      "alt text is too short: describe what the image shows in one sentence",
    );
  });

  it("rejects alt text longer than 250 characters", () => {
    const result = statement.safeParse({
      ...validStatement(),
      image: { src: "./m.jpg", alt: "a".repeat(251) },
    });
    expect(messageAt(result, "image.alt")).toMatch(/longer than 250 characters/);
  });

  it("explains the two fields when an image is written as a bare path", () => {
    const result = statement.safeParse({ ...validStatement(), image: "./march.jpg" });
    expect(messageAt(result, "image")).toBe(
      "must have two fields: src (the image file) and alt (what it shows)",
    );
  });

  it("uses the image src schema it is given", () => {
    const strict = statementSchema(z.string().endsWith(".jpg", { error: "only jpg here" }));
    const result = strict.safeParse({ ...validStatement(), image: { src: "./march.png", alt: "A march" } });
    expect(messageAt(result, "image.src")).toBe("only jpg here");
  });

  it("asks for true or false, not text, for draft", () => {
    expect(messageAt(statement.safeParse({ ...validStatement(), draft: "yes" }), "draft")).toBe(
      "must be true or false (without quotes)",
    );
  });
});

describe("faqSchema", () => {
  it("accepts a valid entry and defaults draft to false", () => {
    const result = faqSchema.safeParse(validFaq());
    expect(result.success && result.data.draft).toBe(false);
  });

  it.each(FAQ_CATEGORIES)("accepts the category %s", (category) => {
    expect(faqSchema.safeParse({ ...validFaq(), category }).success).toBe(true);
  });

  it("lists every allowed category when the category is wrong", () => {
    expect(messageAt(faqSchema.safeParse({ ...validFaq(), category: "safty" }), "category")).toBe(
      '"safty" is not a category: use one of basics, demands, taking-part, safety',
    );
  });

  it("says a missing question is required", () => {
    const { question: _omit, ...rest } = validFaq();
    expect(messageAt(faqSchema.safeParse(rest), "question")).toBe("is required but missing or empty");
  });

  it("rejects a question that is too long, with its length and the limit", () => {
    const message = messageAt(faqSchema.safeParse({ ...validFaq(), question: "q".repeat(141) }), "question");
    expect(message).toContain("is 141 characters long; the limit is 140");
  });

  it.each([
    [2.5, "must be a whole number, such as 10 (lower numbers come first)"],
    [-1, "must be 0 or more"],
    [1000, "must be 999 or less"],
    ["10", "must be a whole number, such as 10 (lower numbers come first)"],
  ])("rejects the order %j", (order, message) => {
    expect(messageAt(faqSchema.safeParse({ ...validFaq(), order }), "order")).toBe(message);
  });

  it("rejects an unknown field", () => {
    const issues = issuesOf(faqSchema.safeParse({ ...validFaq(), answer: "Put it in the body" }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys", keys: ["answer"] }));
  });
});

describe("actionSchema", () => {
  it("accepts a minimal action and fills in status, priority, demands and draft", () => {
    const result = actionSchema.safeParse(validAction());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.status).toBe("active");
    expect(result.data.priority).toBe(50);
    expect(result.data.demands).toEqual([]);
    expect(result.data.draft).toBe(false);
    expect(result.data.message).toBeUndefined();
  });

  it("accepts an action with a message, a deadline and every kind", () => {
    for (const kind of ACTION_KINDS) {
      const result = actionSchema.safeParse({
        ...validAction(),
        kind,
        message: validMessage(),
        deadline: "2025-06-30",
        status: "won",
        priority: 1,
      });
      expect(result.success, kind).toBe(true);
    }
  });

  it("lists the kinds of action when the kind is wrong", () => {
    const message = messageAt(actionSchema.safeParse({ ...validAction(), kind: "petition" }), "kind");
    expect(message).toBe(`"petition" is not a kind of action: use one of ${ACTION_KINDS.join(", ")}`);
  });

  it("lists the statuses when the status is wrong", () => {
    expect(messageAt(actionSchema.safeParse({ ...validAction(), status: "done" }), "status")).toBe(
      '"done" is not a status: use active, won or closed',
    );
  });

  it("needs at least one step", () => {
    expect(messageAt(actionSchema.safeParse({ ...validAction(), steps: [] }), "steps")).toBe(
      "needs at least one step",
    );
  });

  it("explains the list format when steps is written as one line", () => {
    expect(messageAt(actionSchema.safeParse({ ...validAction(), steps: "Do it" }), "steps")).toBe(
      "must be a list of steps, one per line starting with “- ”",
    );
  });

  it("rejects more than 10 steps", () => {
    const steps = Array.from({ length: 11 }, (_, i) => `Step number ${i + 1}`);
    expect(messageAt(actionSchema.safeParse({ ...validAction(), steps }), "steps")).toMatch(
      /more than 10 steps/,
    );
  });

  it("rejects a message body that is too long, saying why", () => {
    const result = actionSchema.safeParse({
      ...validAction(),
      message: { ...validMessage(), body: "b".repeat(1501) },
    });
    expect(messageAt(result, "message.body")).toBe(
      "is 1501 characters long; the limit is 1500 because mail apps refuse very long mailto: links. Shorten it.",
    );
  });

  it("needs at least one recipient", () => {
    const result = actionSchema.safeParse({ ...validAction(), message: { ...validMessage(), to: [] } });
    expect(messageAt(result, "message.to")).toBe("needs at least one recipient");
  });

  it("rejects a recipient that is neither an address nor a recipient name", () => {
    const result = actionSchema.safeParse({
      ...validAction(),
      message: { ...validMessage(), to: ["Elected Officials"] },
    });
    expect(messageAt(result, "message.to.0")).toBe(
      '"Elected Officials" is neither an e-mail address nor a recipient name such as elected-officials',
    );
  });

  it("rejects a message missing its subject", () => {
    const { subject: _omit, ...rest } = validMessage();
    const result = actionSchema.safeParse({ ...validAction(), message: rest });
    expect(messageAt(result, "message.subject")).toBe("is required but missing or empty");
  });

  it("rejects an unknown field inside the message", () => {
    const result = actionSchema.safeParse({
      ...validAction(),
      message: { ...validMessage(), cc: ["a@b.org"] },
    });
    expect(issuesOf(result)).toContainEqual(
      expect.objectContaining({ path: "message", code: "unrecognized_keys", keys: ["cc"] }),
    );
  });

  it.each([
    [0, "must be 1 or more (1 is the most important)"],
    [101, "must be 100 or less"],
    [10.5, "must be a whole number from 1 (most important) to 100"],
    ["high", "must be a whole number from 1 (most important) to 100"],
  ])("rejects the priority %j", (priority, message) => {
    expect(messageAt(actionSchema.safeParse({ ...validAction(), priority }), "priority")).toBe(message);
  });

  it("accepts the priorities at both ends of the range", () => {
    expect(actionSchema.safeParse({ ...validAction(), priority: 1 }).success).toBe(true);
    expect(actionSchema.safeParse({ ...validAction(), priority: 100 }).success).toBe(true);
  });

  it("rejects an impossible deadline", () => {
    expect(
      messageAt(actionSchema.safeParse({ ...validAction(), deadline: "2025-04-31" }), "deadline"),
    ).toContain("not a real calendar date");
  });

  it("rejects the same demand listed twice", () => {
    const result = actionSchema.safeParse({
      ...validAction(),
      demands: ["accountability", "accountability"],
    });
    expect(messageAt(result, "demands")).toBe("names the same id twice");
  });
});

describe("demandSchema", () => {
  it("accepts a valid demand", () => {
    expect(demandSchema.safeParse(validDemand()).success).toBe(true);
  });

  it("says a missing title is required", () => {
    const { title: _omit, ...rest } = validDemand();
    expect(messageAt(demandSchema.safeParse(rest), "title")).toBe("is required but missing or empty");
  });

  it("rejects a title that is too long for a label, with its length and limit", () => {
    expect(messageAt(demandSchema.safeParse({ ...validDemand(), title: "t".repeat(61) }), "title")).toBe(
      "is 61 characters long; the limit is 60 because it is used as a short label in lists and leaflets. Shorten it.",
    );
  });

  it("rejects text too short to explain the demand", () => {
    expect(messageAt(demandSchema.safeParse({ ...validDemand(), text: "Too short." }), "text")).toBe(
      "is too short (10 of at least 40 characters): write a little more",
    );
  });

  it("requires an order", () => {
    const { order: _omit, ...rest } = validDemand();
    expect(messageAt(demandSchema.safeParse(rest), "order")).toBe(
      "must be a whole number, such as 10 (lower numbers come first)",
    );
  });

  it("has no draft field", () => {
    const issues = issuesOf(demandSchema.safeParse({ ...validDemand(), draft: true }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys", keys: ["draft"] }));
  });
});

describe("pageSchema", () => {
  it("accepts a valid page and defaults draft to false", () => {
    const result = pageSchema.safeParse(validPage());
    expect(result.success && result.data.draft).toBe(false);
  });

  it("says a missing summary is required", () => {
    const { summary: _omit, ...rest } = validPage();
    expect(messageAt(pageSchema.safeParse(rest), "summary")).toBe("is required but missing or empty");
  });

  it("rejects a summary that is too long, with its length and limit", () => {
    const message = messageAt(pageSchema.safeParse({ ...validPage(), summary: "s".repeat(201) }), "summary");
    expect(message).toContain("is 201 characters long; the limit is 200");
  });

  it("rejects an unknown field", () => {
    const issues = issuesOf(pageSchema.safeParse({ ...validPage(), published: "2025-01-20" }));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "unrecognized_keys", keys: ["published"] }),
    );
  });
});

describe("settingsSchema", () => {
  it("accepts minimal settings and fills in social, recipients and text direction", () => {
    const result = settingsSchema.safeParse(validSettings());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.social).toEqual([]);
    expect(result.data.recipients).toEqual({});
    expect(result.data.languages[0]?.dir).toBe("ltr");
  });

  it("accepts full settings with several languages, social accounts and recipients", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      donateUrl: "https://example.org/donate",
      social: [{ network: "bluesky", url: "https://example.org/bluesky" }],
      recipients: { "elected-officials": "office@example.org" },
      languages: [
        { code: "en", label: "English" },
        { code: "ar", label: "العربية", dir: "rtl" },
      ],
    });
    expect(result.success).toBe(true);
  });

  it("rejects a site address that does not use https", () => {
    const message = messageAt(
      settingsSchema.safeParse({ ...validSettings(), url: "http://example.org" }),
      "url",
    );
    expect(message).toMatch(/^"http:\/\/example\.org" /);
    expect(message).toContain("must start with https:// rather than http://");
  });

  it.each(["example.org", "not a url", ""])('rejects the site address "%s"', (url) => {
    expect(messageAt(settingsSchema.safeParse({ ...validSettings(), url }), "url")).toBe(
      `"${url}" is not a full web address: write it like https://example.org/page`,
    );
  });

  it("rejects a donate address that is not https", () => {
    const result = settingsSchema.safeParse({ ...validSettings(), donateUrl: "ftp://example.org" });
    expect(messageAt(result, "donateUrl")).toContain("is not a full web address");
  });

  it("rejects a default language that is not among the languages, listing them", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      defaultLanguage: "fr",
      languages: [
        { code: "en", label: "English" },
        { code: "es", label: "Español" },
      ],
    });
    expect(messageAt(result, "defaultLanguage")).toBe('"fr" is not in languages: use one of en, es');
  });

  it("rejects the same language code listed twice", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      languages: [
        { code: "en", label: "English" },
        { code: "en", label: "English again" },
      ],
    });
    expect(messageAt(result, "languages")).toBe("lists the same language code twice");
  });

  it("needs at least one language", () => {
    expect(messageAt(settingsSchema.safeParse({ ...validSettings(), languages: [] }), "languages")).toBe(
      "needs at least one language",
    );
  });

  it("rejects a language code that is not two or three letters", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      languages: [{ code: "EN-us", label: "English" }],
    });
    expect(messageAt(result, "languages.0.code")).toBe(
      "must be a two- or three-letter language code such as en, ar or es",
    );
  });

  it("rejects a text direction other than ltr or rtl", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      languages: [{ code: "en", label: "English", dir: "right" }],
    });
    expect(messageAt(result, "languages.0.dir")).toBe("must be ltr (left to right) or rtl (right to left)");
  });

  it("rejects a contact address that is not an e-mail address", () => {
    expect(
      messageAt(settingsSchema.safeParse({ ...validSettings(), email: "info at example" }), "email"),
    ).toBe('"info at example" is not an e-mail address: write it like info@example.org');
  });

  it("rejects a recipient whose address is not an e-mail address", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      recipients: { "elected-officials": "nobody" },
    });
    expect(messageAt(result, "recipients.elected-officials")).toBe(
      '"nobody" is not an e-mail address: write it like info@example.org',
    );
  });

  it("rejects a recipient name that is not lowercase with hyphens", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      recipients: { "Elected Officials": "a@b.org" },
    });
    expect(issuesOf(result).map((issue) => issue.path)).toEqual(["recipients.Elected Officials"]);
  });

  it("tells the editor why a recipient name is wrong (lowercase letters, digits and hyphens)", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      recipients: { "Elected Officials": "a@b.org" },
    });
    expect(messageAt(result, "recipients.Elected Officials")).toBe(
      '"Elected Officials" cannot be a recipient name: use lowercase letters, digits and hyphens, like elected-officials',
    );
  });

  it("lists the known networks for an unknown social network", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      social: [{ network: "twitter", url: "https://example.org/t" }],
    });
    expect(messageAt(result, "social.0.network")).toBe(
      '"twitter" is not a network this site knows: use one of bluesky, mastodon, x, facebook, instagram, telegram, whatsapp, youtube, tiktok',
    );
  });

  it("rejects a social account link that is not https", () => {
    const result = settingsSchema.safeParse({
      ...validSettings(),
      social: [{ network: "mastodon", url: "mastodon.social/@iac" }],
    });
    expect(messageAt(result, "social.0.url")).toContain("is not a full web address");
  });

  it("rejects a description too short to say what the site is for", () => {
    expect(
      messageAt(settingsSchema.safeParse({ ...validSettings(), description: "A site." }), "description"),
    ).toBe("is too short (7 of at least 40 characters): write a little more");
  });

  it("rejects an unknown setting", () => {
    const issues = issuesOf(settingsSchema.safeParse({ ...validSettings(), twitter: "@iac" }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys", keys: ["twitter"] }));
  });
});

describe("settingsSchema: mirrors and onion address", () => {
  const onion = `http://${"a2".repeat(28)}.onion`;

  it("leaves both out by default", () => {
    const result = settingsSchema.safeParse(validSettings());
    expect(result.success && result.data.mirrors).toEqual([]);
    expect(result.success && result.data.onion).toBeUndefined();
  });

  it("accepts mirrors and an onion address, copied with or without http://, as the onion's origin", () => {
    for (const written of [onion, `${onion}/`, onion.replace("http://", "")]) {
      const result = settingsSchema.safeParse({
        ...validSettings(),
        mirrors: ["https://mirror.example.org/", "https://example.net/campaign/"],
        onion: written,
      });
      expect(result.success && result.data.onion).toBe(`${onion}/`);
    }
  });

  it.each([
    ["an address without .onion", "http://example.org", "does not end in .onion"],
    [
      "a retired 16-letter version 2 address",
      "http://exampleexampleex.onion",
      "is not a version 3 onion address",
    ],
    ["letters outside base32", `http://${"a1".repeat(28)}.onion`, "is not a version 3 onion address"],
    ["a path after the address", `${onion}/campaign/`, "must be the onion address alone"],
    ["something that is no address", "ftp://x", "is not a full address"],
  ])("rejects %s, saying how to fix it", (_case, value, message) => {
    const text = messageAt(settingsSchema.safeParse({ ...validSettings(), onion: value }), "onion");
    expect(text).toContain(message);
    expect(text).toContain("hostname file");
  });

  it("rejects a mirror that is not https, or is the site's own address, or is listed twice", () => {
    expect(
      messageAt(
        settingsSchema.safeParse({ ...validSettings(), mirrors: ["http://m.example.org"] }),
        "mirrors.0",
      ),
    ).toContain("must start with https://");
    expect(
      messageAt(
        settingsSchema.safeParse({ ...validSettings(), mirrors: ["https://example.org/"] }),
        "mirrors.0",
      ),
    ).toBe(
      '"https://example.org/" is the site\'s own address (url): list only the other addresses it is published at',
    );
    expect(
      messageAt(
        settingsSchema.safeParse({
          ...validSettings(),
          mirrors: ["https://m.example.org", "https://m.example.org/"],
        }),
        "mirrors",
      ),
    ).toBe("lists the same address twice");
  });
});
