import { t } from "../../i18n/ui.ts";
import { formatNumber } from "../../lib/numbers.ts";

const MARK = /<span data-offline-size="([^"]+)" data-locale="([^"]+)"><\/span>/g;

/** A size as the downloads page shows it: whole kilobytes (at least 1), in the language's digits. */
export const formatSize = (bytes: number, lang: string) =>
  t(lang, "downloads.size", { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), lang) });

/**
 * Writes each download's size into a page where components/DownloadSize.astro left its mark.
 * Throws if a mark names a file that was not made, so a page never offers a size it cannot back.
 */
export function fillDownloadSizes(html: string, sizes: ReadonlyMap<string, number>): string {
  return html.replace(MARK, (_mark, file: string, lang: string) => {
    const bytes = sizes.get(file);
    if (bytes === undefined)
      throw new Error(`The downloads page offers ${file}, which the build did not make`);
    return formatSize(bytes, lang);
  });
}
