// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { bundleProgress } from "./src/integrations/bundle-progress.ts";
import { contentChecks } from "./src/integrations/content-checks.ts";
import { publishedAddress } from "./src/site/address.ts";
import { buildCacheDir } from "./src/build/cache-file.ts";
import { contentChunkGroups } from "./src/build/content-chunks.ts";
import { contentDir } from "./src/site/content-layout.ts";
import { loadSettings } from "./src/site/settings.ts";
import { contentLinks } from "./src/integrations/content-links.ts";
import { localMedia } from "./src/integrations/local-media.ts";
import { printQrCodes } from "./src/integrations/print-qr.ts";
import { webEditor } from "./src/integrations/web-editor.ts";
import { isLeafletSheet, isNotFoundPage, isOfflineEditionSource } from "./src/lib/page-kinds.ts";

// The site's address and languages are set by editors in content/settings.yaml. An address
// with a folder (https://example.org/campaign/) makes every link start with that folder.
const settings = loadSettings();
const address = publishedAddress(settings);

export default defineConfig({
  site: address.site,
  base: address.base,
  // Astro's data store and image cache, beside the project's own caches and outside node_modules/
  // (which `npm ci` deletes), so a deployment that keeps .cache/campaign/ keeps them too.
  cacheDir: buildCacheDir("astro"),
  trailingSlash: "always",
  build: { format: "directory", concurrency: 4 },
  // A page whose getStaticPaths gives a cacheKey (statements, leaflet sheets: data/page-keys.ts) is
  // copied from the last build when its key and its code are unchanged, instead of rendered again:
  // the pages kept in cacheDir are what makes a rebuild after one edit fast.
  experimental: { incrementalBuild: true },
  // Every page carries a Content Security Policy in a <meta> tag. Astro adds the hashes of its
  // own scripts and styles; everything else is refused. The site loads nothing from any other
  // host, so nothing else needs allowing. (frame-ancestors only works as a header: see
  // public/_headers.)
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        // Videos and recordings editors publish with <Video> and <Audio>; kept only on the
        // pages that have one (src/integrations/trim-csp.ts).
        "media-src 'self'",
        "manifest-src 'self'",
        // Nothing on the site fetches, but crawlers' tools (Lighthouse) read robots.txt from the page.
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
  i18n: {
    defaultLocale: settings.defaultLanguage,
    locales: settings.languages.map((language) => language.code),
    routing: { prefixDefaultLocale: false },
  },
  // Links editors write in Markdown and MDX: see src/integrations/content-links.ts. Videos,
  // recordings and posters editors name in MDX go through the build: src/integrations/local-media.ts.
  // No code blocks to colour on a campaign site, and Shiki's inline styles would need CSP exceptions.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [localMedia()], hastPlugins: [contentLinks(address)] }),
  },
  integrations: [
    contentChecks(),
    bundleProgress(),
    mdx(),
    printQrCodes(),
    // The web editor at /admin/, with a policy of its own: see src/admin/.
    webEditor(),
    // Lists every page with xhtml:link alternates to its translations. The 404 page, the
    // leaflets' print sources and the offline editions' sources are no destinations.
    sitemap({
      filter: (page) =>
        ![isNotFoundPage, isLeafletSheet, isOfflineEditionSource].some((kind) =>
          kind(new URL(page).pathname),
        ),
      i18n: {
        defaultLocale: settings.defaultLanguage,
        locales: Object.fromEntries(settings.languages.map(({ code }) => [code, code])),
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The pages are rendered from the "prerender" bundle: its compiled entries go into a few
    // dozen chunks rather than one each (src/build/content-chunks.ts).
    environments: {
      prerender: {
        build: { rolldownOptions: { output: { codeSplitting: contentChunkGroups(contentDir) } } },
      },
    },
    build: {
      // The share script goes in a file of its own rather than inline in every page: cached
      // once, and the pages' policy then needs no script hashes, only 'self'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with this directive on purpose; the bundler's
        // notice about it repeats once per file and hides warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject"))
            return;
          warn(warning);
        },
      },
    },
  },
});
