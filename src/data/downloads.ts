import { editionFile, OFFLINE_FOLDER, zipFile } from "~/lib/offline-files.ts";
import { languages, settings } from "./settings.ts";

export interface OfflineDownload {
  /** The file's name, shown to the reader and given to the download. */
  file: string;
  href: string;
}

/** A language's two offline editions, as the downloads page offers them. */
export interface LanguageDownloads {
  code: string;
  label: string;
  dir: "ltr" | "rtl";
  edition: OfflineDownload;
  zip: OfflineDownload;
}

const download = (file: string): OfflineDownload => ({
  file,
  href: `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${OFFLINE_FOLDER}/${file}`,
});

/** Every language's offline editions, the page's own language first. */
export function offlineDownloads(lang: string): LanguageDownloads[] {
  return [...languages]
    .sort((a, b) => Number(b.code === lang) - Number(a.code === lang))
    .map(({ code, label, dir }) => ({
      code,
      label,
      dir,
      edition: download(editionFile(settings.shortName, code)),
      zip: download(zipFile(settings.shortName, code)),
    }));
}
