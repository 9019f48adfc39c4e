import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under a folder (or the file itself), with its full path, in a stable order. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  if (statSync(folder).isFile()) return [folder];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((relative) => path.join(folder, relative))
    .filter((file) => statSync(file).isFile())
    .sort();
}
