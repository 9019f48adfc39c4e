// @ts-check
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { contentChecks } from "./src/content-checks/integration.ts";
import { loadSettings } from "./src/content-checks/settings.ts";

// The site's address and languages are set by editors in content/settings.yaml.
const settings = loadSettings();

export default defineConfig({
  site: settings.url,
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
  ],
  vite: { plugins: [tailwindcss()] },
});
