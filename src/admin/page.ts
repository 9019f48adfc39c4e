import type { Settings } from "../schemas/settings.ts";
import { escapeMarkup } from "../lib/escape-markup.ts";
import { gitApi } from "./cms-config.ts";

/**
 * The web editor's page, /admin/index.html, and its Content Security Policy.
 * The reader pages' policy (astro.config.mjs) is untouched: the editor has a
 * page, a policy and scripts of its own, and no reader page loads any of them.
 */

/**
 * Each allowance beyond the site's own strict policy, with why it is there
 * (README, "Editing on the web", lists the same).
 */
export function editorPolicy(settings: Settings): string[] {
  const gitHost = settings.editor ? new URL(gitApi(settings.editor)).origin : undefined;
  return [
    "default-src 'none'",
    // The CMS and this page's script, both copied into the site by the build.
    "script-src 'self'",
    // The CMS's components set their layout in style attributes and add style elements as they
    // open; it has no build that avoids this. Styles cannot send data anywhere under this policy.
    "style-src 'self' 'unsafe-inline'",
    // Reading and saving goes through the git host's API, and only that host's. The CMS reads its
    // own built-in logo from a data: address before it reads the configuration; data: addresses
    // are in the page already and reach no network.
    `connect-src 'self' data:${gitHost ? ` ${gitHost}` : ""}`,
    // A photo being added is shown from memory (blob:) before it is saved; the CMS draws some of
    // its own images inline (data:). Images cannot send data anywhere the policy does not allow.
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
}

export function editorPage(settings: Settings): string {
  const title = `${settings.shortName} editor`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${editorPolicy(settings).join("; ")}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="no-referrer">
    <title>${escapeMarkup(title)}</title>
    <script type="module" src="./editor.js"></script>
  </head>
  <body>
    <noscript><p>The editor needs JavaScript. The site itself works without it.</p></noscript>
  </body>
</html>
`;
}
