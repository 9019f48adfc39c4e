import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { isEditorFile, isLeafletSheet, isOfflineEdition } from "../../src/lib/page-kinds.ts";

/**
 * What the tests (and the bench) need to know about a built site: its pages, its address and
 * its languages. Shared from here rather than from one of its users.
 */

/**
 * Every HTML page of a built site, relative to its folder, in a stable order. Empty before a build.
 * The web editor's page is not one of the site's pages: tests/e2e/web-editor.spec.ts checks it.
 */
export function htmlPagesIn(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !isEditorFile(file))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** The address a page file is served at: "faq/index.html" is /faq/. */
export function pathOfFile(file: string): string {
  const url = `/${file}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/**
 * Every page in the built site, as the path a reader would visit. The offline editions are HTML
 * files to download, not pages: tests/site/offline-editions.test.ts holds them to their own rules.
 */
export function builtPages(outDir = "dist"): string[] {
  return htmlPagesIn(outDir)
    .filter((file) => !isOfflineEdition(file))
    .map(pathOfFile)
    .sort();
}

export { isLeafletSheet };

/** The pages readers browse: everything but leaflet sheets. */
export function readerPages(outDir = "dist"): string[] {
  return builtPages(outDir).filter((page) => !isLeafletSheet(page));
}

export interface SiteLanguage {
  code: string;
  label: string;
  dir: "ltr" | "rtl";
  locale?: string;
}

/** The settings of content/settings.yaml that tests read, default language first. */
export const siteSettings = parse(readFileSync("content/settings.yaml", "utf8")) as {
  url: string;
  defaultLanguage: string;
  languages: SiteLanguage[];
};

/** The site's published address without its final slash: https://example.org. */
export const siteUrl = siteSettings.url.replace(/\/$/, "");

/** The language a built page is in, from its address: /ar/… is Arabic, no prefix is the default. */
export function languageOfPath(pagePath: string): SiteLanguage {
  const prefix = pagePath.split("/")[1] ?? "";
  const language =
    siteSettings.languages.find(({ code }) => code === prefix && code !== siteSettings.defaultLanguage) ??
    siteSettings.languages.find(({ code }) => code === siteSettings.defaultLanguage);
  if (!language) throw new Error("content/settings.yaml names no default language");
  return language;
}

/** The home page of a language: / for the default, /ar/ for Arabic. */
export const homeOf = (code: string) => (code === siteSettings.defaultLanguage ? "/" : `/${code}/`);

/**
 * What kind of page this is, from its address without the language: "faq/*" for any FAQ
 * answer, "faq" for the FAQ itself, "leaflets/statements/*" for a statement's leaflet sheet.
 */
export function kindOfPath(pagePath: string): string {
  const language = languageOfPath(pagePath);
  const parts = pagePath.split("/").filter(Boolean);
  if (parts[0] === language.code && language.code !== siteSettings.defaultLanguage) parts.shift();
  return parts.length >= 2 ? `${parts.slice(0, -1).join("/")}/*` : (parts[0] ?? "home");
}

/**
 * One page of each kind in each language (the first in address order): pages of a kind share
 * their layout, components and styles, and differ only in their text.
 */
export function onePageOfEachKind(pages: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const pagePath of [...pages].sort()) {
    const key = `${languageOfPath(pagePath).code} ${kindOfPath(pagePath)}`;
    if (!seen.has(key)) seen.set(key, pagePath);
  }
  return [...seen.values()];
}
