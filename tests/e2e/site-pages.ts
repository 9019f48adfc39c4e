import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { htmlPagesIn } from "../../scripts/bench/site-pages.ts";
import { isLeafletSheet } from "../../src/lib/page-kinds.ts";

/** Every page in the built site, as the path a reader would visit. */
export function builtPages(outDir = "dist"): string[] {
  return htmlPagesIn(outDir)
    .map((file) => {
      const url = `/${file}`;
      return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
    })
    .sort();
}

export { isLeafletSheet };

/** The pages readers browse: everything but leaflet sheets. */
export function readerPages(outDir = "dist"): string[] {
  return builtPages(outDir).filter((page) => !isLeafletSheet(page));
}

interface SiteLanguage {
  code: string;
  label: string;
  dir: "ltr" | "rtl";
}

/** The languages declared in content/settings.yaml, default first. */
export const siteSettings = parse(readFileSync("content/settings.yaml", "utf8")) as {
  defaultLanguage: string;
  languages: SiteLanguage[];
};

/** The language a built page is in, from its address: /ar/… is Arabic, no prefix is the default. */
export function languageOfPath(pagePath: string): SiteLanguage {
  const prefix = pagePath.split("/")[1] ?? "";
  const language =
    siteSettings.languages.find(({ code }) => code === prefix && code !== siteSettings.defaultLanguage) ??
    siteSettings.languages.find(({ code }) => code === siteSettings.defaultLanguage);
  if (!language) throw new Error("content/settings.yaml names no default language");
  return language;
}
