import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/** Every HTML file in a built site, relative to its folder, in a stable order. Empty before a build. */
export function htmlFilesIn(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}
