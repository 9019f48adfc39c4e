import { z } from "astro/zod";
import { email, httpsUrl, onionAddress, siteUrl, text } from "./common.ts";

const SOCIAL_NETWORKS = [
  "bluesky",
  "mastodon",
  "x",
  "facebook",
  "instagram",
  "telegram",
  "whatsapp",
  "youtube",
  "tiktok",
] as const;

const languageSchema = z.strictObject({
  code: z
    .string({ error: "must be a language code such as en, ar or es" })
    .regex(/^[a-z]{2,3}$/, { error: "must be a two- or three-letter language code such as en, ar or es" }),
  label: text({ max: 30 }).describe("The language's name in its own script: English, العربية, Español."),
  dir: z.enum(["ltr", "rtl"], { error: "must be ltr (left to right) or rtl (right to left)" }).default("ltr"),
  locale: z
    .string({ error: "must be a locale such as en_US, ar_AR or es_LA" })
    .regex(/^[a-z]{2,3}_[A-Z]{2}$/, { error: "must be written like en_US: language, underscore, country" })
    .optional()
    .describe(
      "The locale link previews use (Open Graph og:locale), such as en_US. Leave out to use the code.",
    ),
  name: text({ max: 80 })
    .optional()
    .describe("The organization's name in this language, if it has one. Leave out to use the main name."),
  tagline: text({ max: 100 })
    .optional()
    .describe("The tagline in this language. Leave out to use the main one."),
  description: text({ min: 40, max: 200, why: "it is shown when the home page is shared" })
    .optional()
    .describe("The description in this language. Leave out to use the main one."),
});
export type Language = z.infer<typeof languageSchema>;

/** An address compared with another: the same with or without its final slash. */
const normalized = (url: string) => url.trim().replace(/\/?$/, "/");

/** The git hosts the web editor at /admin/ can publish through. */
export const GIT_HOSTS = ["github", "gitlab", "gitea"] as const;

/**
 * Where the web editor at /admin/ reads and writes the content: the repository on the git host
 * the organization chose. The editor's page may talk to that host and no other (README,
 * "Editing on the web").
 */
const editorSchema = z.strictObject({
  git: z
    .enum(GIT_HOSTS, {
      error: (issue) =>
        `"${String(issue.input)}" is not a git host the editor knows: use github, gitlab or gitea (gitea also serves Forgejo)`,
    })
    .describe("The git host: github, gitlab or gitea (Gitea and Forgejo)."),
  repo: z
    .string({ error: "must be the repository, written owner/name" })
    .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
      error: (issue) =>
        `"${String(issue.input)}" is not a repository: write it owner/name, like iac/campaign-site`,
    })
    .describe("The repository that holds this site, written owner/name."),
  branch: z
    .string({ error: "must be the name of a branch, such as main" })
    .regex(/^[\w./-]+$/, { error: "must be the name of a branch, such as main" })
    .optional()
    .describe("The branch the editor publishes to. Leave out to use the repository's default branch."),
  api: httpsUrl
    .optional()
    .describe(
      "The host's API address, for a self-hosted GitLab, Gitea or Forgejo, such as https://git.example.org/api/v1. Leave out for github.com, gitlab.com or gitea.com.",
    ),
  oauth: z
    .strictObject({
      url: httpsUrl.describe(
        "Where sign-in starts: the OAuth client (for GitHub, a small authenticator you host).",
      ),
      appId: z.string().min(1).optional().describe("The OAuth application's id (GitLab and Gitea/Forgejo)."),
    })
    .optional()
    .describe("Sign-in with the git host's accounts. Leave out to sign in with a personal access token."),
});
export type EditorSettings = z.infer<typeof editorSchema>;

/** `content/settings.yaml`: everything the site says about the organization itself. */
export const settingsSchema = z
  .strictObject({
    name: text({ max: 80 }).describe("The organization's full name."),
    shortName: text({ max: 20 }).describe("A short name or initials, used where space is tight."),
    url: siteUrl.describe(
      "The address the site is published at, such as https://example.org, or https://example.org/campaign/ for a site in a folder",
    ),
    tagline: text({ max: 100 }).describe("One line under the name on the home page."),
    description: text({ min: 40, max: 200, why: "it is shown when the home page is shared" }).describe(
      "What the organization and this site are for, in one or two sentences.",
    ),
    email: email.describe("The public contact address."),
    donateUrl: httpsUrl.optional().describe("Where the Donate link goes. Leave out to hide it."),
    social: z
      .array(
        z.strictObject({
          network: z.enum(SOCIAL_NETWORKS, {
            error: (issue) =>
              `"${String(issue.input)}" is not a network this site knows: use one of ${SOCIAL_NETWORKS.join(", ")}`,
          }),
          url: httpsUrl,
        }),
        { error: "must be a list of accounts, each with network and url" },
      )
      .default([])
      .describe("The organization's accounts, linked in the footer. Nothing is loaded from them."),
    recipients: z
      .record(z.string(), email, {
        error: "must be a list of name: address lines, like  elected-officials: office@example.org",
      })
      // Checked here rather than as the record's key schema, so the message names the key itself.
      .check((ctx) => {
        for (const name of Object.keys(ctx.value)) {
          if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) continue;
          ctx.issues.push({
            code: "custom",
            input: name,
            path: [name],
            message: `"${name}" cannot be a recipient name: use lowercase letters, digits and hyphens, like elected-officials`,
          });
        }
      })
      .default({})
      .describe(
        "Addresses that actions' ready-to-send e-mails go to. An action names one by its key, so an address is changed here once.",
      ),
    mirrors: z
      .array(siteUrl, {
        error:
          "must be a list of addresses, one per line starting with “- ”, like  - https://mirror.example.org/",
      })
      .refine((urls) => new Set(urls.map(normalized)).size === urls.length, {
        error: "lists the same address twice",
      })
      .default([])
      .describe(
        "Other addresses where the same site is published, for readers who cannot reach the main one. Listed on the About page, the not-found page and the offline editions. Build each with CAMPAIGN_SITE_URL set to its address.",
      ),
    onion: onionAddress
      .optional()
      .describe(
        "The site's onion service address, for readers who use Tor Browser, like http://<56 letters and digits>.onion. Every page then announces it. Leave out if the site has none.",
      ),
    defaultLanguage: z.string({ error: "must be the code of one of the languages below, such as en" }),
    editor: editorSchema
      .optional()
      .describe("The web editor at /admin/: which git host and repository it publishes to."),
    languages: z
      .array(languageSchema, { error: "must be a list of languages, each with code, label and dir" })
      .min(1, { error: "needs at least one language" }),
  })
  .superRefine((settings, ctx) => {
    const codes = settings.languages.map((language) => language.code);
    if (!codes.includes(settings.defaultLanguage)) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultLanguage"],
        message: `"${settings.defaultLanguage}" is not in languages: use one of ${codes.join(", ")}`,
      });
    }
    settings.mirrors.forEach((mirror, index) => {
      if (normalized(mirror) !== normalized(settings.url)) return;
      ctx.addIssue({
        code: "custom",
        path: ["mirrors", index],
        message: `"${mirror}" is the site's own address (url): list only the other addresses it is published at`,
      });
    });
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: "custom", path: ["languages"], message: "lists the same language code twice" });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;
