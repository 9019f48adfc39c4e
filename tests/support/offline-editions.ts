import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import { editionFile, OFFLINE_FOLDER, zipFile, zipFolder } from "../../src/lib/offline-files.ts";
import { siteSettings } from "./built-site.ts";

/** The sample site's short name, which names its offline files. */
const shortName = (
  readFileSync("content/settings.yaml", "utf8").match(/^shortName:\s*(.+)$/m)?.[1] ?? ""
).trim();

/** A language's offline files in a built site, and their sizes. Shared by the tests and the bench. */
export function offlineFiles(outDir: string, lang: string) {
  const edition = path.join(outDir, OFFLINE_FOLDER, editionFile(shortName, lang));
  const zip = path.join(outDir, OFFLINE_FOLDER, zipFile(shortName, lang));
  return {
    edition,
    zip,
    folder: zipFolder(shortName, lang),
    exists: existsSync(edition) && existsSync(zip),
    sizes: () => ({
      lang,
      editionGzip: gzipSync(readFileSync(edition), { level: 9 }).length,
      zipBytes: readFileSync(zip).length,
    }),
  };
}

/** Every language's offline files, default language first. */
export const allOfflineFiles = (outDir: string) =>
  siteSettings.languages.map(({ code }) => ({ code, ...offlineFiles(outDir, code) }));

/** A zip's files by name, as text. */
export function unzipText(file: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(file))));
}
