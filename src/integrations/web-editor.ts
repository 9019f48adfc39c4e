import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildEditor } from "../admin/build-editor.ts";
import { publishedAddress } from "../site/address.ts";
import { webEditorWanted } from "../site/environment.ts";
import { loadSettings } from "../site/settings.ts";

/**
 * Adds the web editor at /admin/ once the site is built (src/admin/). It is
 * written after Astro's pages, so it is in no sitemap, and no reader page links
 * to or loads anything from it.
 */
export function webEditor(): AstroIntegration {
  return {
    name: "campaign:web-editor",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (!webEditorWanted()) return;
        const settings = loadSettings();
        const siteUrl = publishedAddress(settings).site;
        await buildEditor({ settings, siteUrl, outDir: fileURLToPath(new URL("admin/", dir)) });
        logger.info("Web editor written to admin/.");
      },
    },
  };
}
