import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { bundleEditor, writeEditor, type EditorBundle } from "../admin/build-editor.ts";
import { publishedAddress } from "../site/address.ts";
import { webEditorWanted } from "../site/environment.ts";
import { loadSettings } from "../site/settings.ts";

/**
 * Adds the web editor at /admin/ once the site is built (src/admin/). It is
 * written after Astro's pages, so it is in no sitemap, and no reader page links
 * to or loads anything from it.
 */
export function webEditor(): AstroIntegration {
  let bundled: Promise<EditorBundle> | undefined;
  return {
    name: "campaign:web-editor",
    hooks: {
      // The script is bundled beside Astro's own work (esbuild runs in a process of its own), and
      // written with the pages.
      "astro:build:start": () => {
        if (!webEditorWanted()) return;
        const settings = loadSettings();
        bundled = bundleEditor({ settings, siteUrl: publishedAddress(settings).site });
        // Reported when awaited below; a build that fails first never asks.
        bundled.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!bundled) return;
        writeEditor(await bundled, loadSettings(), fileURLToPath(new URL("admin/", dir)));
        logger.info("Web editor written to admin/.");
      },
    },
  };
}
