import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { SiteWeigher, type PageWeight } from "./page-weight.ts";

/** Every HTML page of a built site, relative to its folder, in a stable order. Empty before a build. */
export function htmlPagesIn(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** Every page of a built site, weighed. */
export function weighSite(outDir: string, base = "/"): PageWeight[] {
  const weigher = new SiteWeigher(outDir, base);
  return htmlPagesIn(outDir).map((page) => weigher.weigh(page));
}
