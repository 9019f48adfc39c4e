import { z } from "astro/zod";

/**
 * Reusable pieces of the content schemas. Every message here is read by an
 * editor, not a programmer: it says what is wrong and how to fix it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Turns "2025-01-20" into a UTC date, or explains why it cannot. */
function parseCalendarDate(value: string): Date | string {
  const match = ISO_DATE.exec(value.trim());
  if (!match) {
    return `"${value}" is not a date: write it as YYYY-MM-DD, for example 2025-01-20`;
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `"${value}" is not a real calendar date: check the month and the day`;
  }
  return date;
}

/**
 * A calendar day written as YYYY-MM-DD. The content checker reads YAML with
 * dates left as text, so an impossible date such as 2025-02-30 is caught here
 * instead of being rolled over into March by the YAML parser.
 */
export const calendarDate = z
  .union([z.date(), z.string()], {
    error: "must be a date written as YYYY-MM-DD, for example 2025-01-20",
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: "custom", message: "is not a valid date: write it as YYYY-MM-DD" });
        return z.NEVER;
      }
      return value;
    }
    const parsed = parseCalendarDate(value);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

interface TextRule {
  /** Shortest sensible length, in characters. */
  min?: number;
  /** Longest length, in characters. */
  max: number;
  /** Why the limit exists, said to the editor when it is broken. */
  why?: string;
}

/** Plain one-line or one-paragraph text with length limits an editor can act on. */
export function text({ min = 1, max, why }: TextRule) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? "is required but missing or empty"
          : `must be text (put it in quotes if it contains a colon or starts with a special character)`,
    })
    .trim()
    .min(min, {
      error: (issue) =>
        min === 1
          ? "is empty: write something here"
          : `is too short (${String(issue.input).length} of at least ${min} characters): write a little more`,
    })
    .max(max, {
      error: (issue) =>
        `is ${String(issue.input).length} characters long; the limit is ${max}${why ? ` because ${why}` : ""}. Shorten it.`,
    });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of another entry (a demand, an action): its file name without the extension. */
export const entryId = z
  .string({ error: "must be the id of an entry: its file name without .mdx or .yaml" })
  .regex(SLUG, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid id: use lowercase letters, digits and hyphens, like "stop-arming-israel"`,
  });

/** A topic tag, written the way it appears in an address. */
export const tag = z.string({ error: "each tag must be a word or two of text" }).regex(SLUG, {
  error: (issue) =>
    `tag "${String(issue.input)}" must use lowercase letters, digits and hyphens, like "ceasefire" or "arms-embargo"`,
});

/** The topics an entry belongs to: ids of files in content/topics (the content check makes sure). */
export const tagList = z
  .array(tag, { error: "must be a list of topics, one per line starting with “- ”" })
  .max(8, { error: "has more than 8 topics; keep the ones a reader would look for" })
  .refine((tags) => new Set(tags).size === tags.length, { error: "names the same topic twice" })
  .default([])
  .describe("Topics, such as ceasefire or bds: ids of the files in content/topics.");

/** A list of ids with no repeats. */
export function idList(max: number) {
  return z
    .array(entryId, { error: "must be a list, one id per line starting with “- ”" })
    .max(max, { error: `lists at most ${max} ids; choose the most important` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "names the same id twice" })
    .default([]);
}

/**
 * An image with the alt text people using screen readers, and readers on
 * slow connections with images off, depend on. `src` is given by the caller:
 * Astro's image() in the site, a path check in the content checker.
 */
export function imageWithAlt<Src extends z.ZodType>(src: Src) {
  return z.strictObject(
    {
      src,
      alt: z
        .string({
          error:
            "alt text is required: describe what the image shows, in one sentence, for people who cannot see it",
        })
        .trim()
        .min(5, { error: "alt text is too short: describe what the image shows in one sentence" })
        .max(250, { error: "alt text is longer than 250 characters: keep it to one sentence" }),
    },
    { error: "must have two fields: src (the image file) and alt (what it shows)" },
  );
}

/** A web address that must be absolute and use https. */
export const httpsUrl = z
  .string({ error: "must be a web address starting with https://" })
  .trim()
  .check((ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(ctx.value);
    } catch {
      url = undefined;
    }
    if (url?.protocol === "https:") return;
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      message:
        url?.protocol === "http:"
          ? `"${ctx.value}" must start with https:// rather than http://, so readers' connections are private`
          : `"${ctx.value}" is not a full web address: write it like https://example.org/page`,
    });
  });

/**
 * The address a whole site is published at: https, with nothing after the
 * path (a site may live under a folder, such as https://example.org/campaign/).
 */
export const siteUrl = httpsUrl.check((ctx) => {
  const url = URL.canParse(ctx.value) ? new URL(ctx.value) : undefined;
  if (!url || (url.search === "" && url.hash === "")) return;
  ctx.issues.push({
    code: "custom",
    input: ctx.value,
    message: `"${ctx.value}" must be the site's address alone, without "?" or "#": write it like https://example.org or https://example.org/campaign/`,
  });
});

/**
 * An onion service address (Tor's version 3: 56 letters a–z and digits 2–7, then .onion), with
 * nothing after the host: its pages have the same paths as the main site's. Turned into its origin
 * with a final slash, http://….onion/.
 */
export const onionAddress = z
  .string({ error: "must be an onion address, like http://<56 letters and digits>.onion" })
  .trim()
  .transform((value, ctx) => {
    // tor's hostname file holds the address without http://: accept it as copied from there.
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `http://${value}`;
    const url = URL.canParse(withScheme) ? new URL(withScheme) : undefined;
    const fix = "copy it from the hostname file tor wrote, like http://<56 letters and digits>.onion";
    if (!url || !/^https?:$/.test(url.protocol)) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not a full address: ${fix}` });
      return z.NEVER;
    }
    if (!url.hostname.endsWith(".onion")) {
      ctx.addIssue({ code: "custom", message: `"${value}" does not end in .onion: ${fix}` });
      return z.NEVER;
    }
    if (!/^[a-z2-7]{56}\.onion$/.test(url.hostname)) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a version 3 onion address (56 letters a–z and digits 2–7 before .onion; older 16-letter addresses no longer work in Tor): ${fix}`,
      });
      return z.NEVER;
    }
    if (
      url.pathname !== "/" ||
      url.search !== "" ||
      url.hash !== "" ||
      url.username !== "" ||
      url.port !== ""
    ) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" must be the onion address alone, with nothing after .onion (pages keep the paths they have on the main site): ${fix}`,
      });
      return z.NEVER;
    }
    return url.href;
  });

/** An e-mail address. */
export const email = z.email({
  error: (issue) => `"${String(issue.input)}" is not an e-mail address: write it like info@example.org`,
});

/**
 * Set on a translation only: the fingerprint of the original it was
 * translated from, as printed by `npm run translations`.
 */
export const translatedFrom = z
  .string({
    // Fingerprints are hexadecimal: one like 2566871807 or 79383e6838 reads as a number in YAML,
    // and its digits cannot be recovered from the number, so the fix is to quote it.
    error: (issue) =>
      typeof issue.input === "number"
        ? 'was read as a number: put the fingerprint in double quotes, as npm run translations prints it: translatedFrom: "2566871807"'
        : "must be the fingerprint printed by npm run translations, such as 3f9a0c12be",
  })
  .regex(/^[0-9a-f]{10}$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a fingerprint: copy the ten letters and digits printed by npm run translations`,
  })
  .optional()
  .describe(
    "Translations only: the fingerprint of the original this was translated from (npm run translations prints it).",
  );

/** Hides an entry from the published site; it still shows in `npm run dev`. */
export const draft = z
  .boolean({ error: "must be true or false (without quotes)" })
  .default(false)
  .describe("true hides this entry from the published site; it still shows in `npm run dev`.");
