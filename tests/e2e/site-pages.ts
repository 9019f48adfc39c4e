import { readdirSync } from "node:fs";
import path from "node:path";

/** Every page in the built site, as the path a reader would visit. */
export function builtPages(outDir = "dist"): string[] {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => {
      const url = `/${file.split(path.sep).join("/")}`;
      return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
    })
    .sort();
}
