// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { contentChecks } from "./src/content-checks/integration.ts";
import { loadSettings } from "./src/content-checks/settings.ts";

// The site's address and languages are set by editors in content/settings.yaml.
const settings = loadSettings();

export default defineConfig({
  site: settings.url,
  // Tests build several fixture sites side by side; each needs its own cache.
  ...(process.env.CAMPAIGN_CACHE_DIR ? { cacheDir: process.env.CAMPAIGN_CACHE_DIR } : {}),
  trailingSlash: "always",
  build: { format: "directory" },
  i18n: {
    defaultLocale: settings.defaultLanguage,
    locales: settings.languages.map((language) => language.code),
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentChecks(),
    mdx(),
    // Lists every page with xhtml:link alternates to its translations. The 404 page and the
    // leaflets' print sources are no destinations.
    sitemap({
      filter: (page) => !/\/404(?:\.html|\/)$|\/leaflets\/(?:statements|actions)\//.test(page),
      i18n: {
        defaultLocale: settings.defaultLanguage,
        locales: Object.fromEntries(settings.languages.map(({ code }) => [code, code])),
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
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
