import { readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { offlineFiles } from "../../tests/support/offline-editions.ts";
import { OFFLINE_EDITION_LIMIT, OFFLINE_ZIP_LIMIT, offlineBudgets, passFail } from "./budgets.ts";
import { kb, kbExact, renderTable } from "./table.ts";

/**
 * The offline editions of a built site (issue 17): each language's one-file edition, raw, gzip and
 * brotli, and its zip, with the budgets (Arabic edition ≤ 100 KB gzip, each zip ≤ 250 KB).
 */
export function offlineReport(outDir: string, languages: readonly string[]): string {
  const rows = languages.map((lang) => offlineFiles(outDir, lang)).filter((files) => files.exists);
  if (rows.length === 0) return "Offline editions: none in this build.";
  const measured = rows.map((files) => {
    const edition = readFileSync(files.edition);
    return { ...files.sizes(), raw: edition.length, brotli: brotliCompressSync(edition).length };
  });
  const budgets = offlineBudgets(measured);
  const verdict = (name: string) => {
    const result = budgets.find((budget) => budget.name.startsWith(name));
    return result ? passFail(result.pass) : "";
  };
  const table = renderTable(
    [
      { header: "lang" },
      { header: "one file", align: "right" },
      { header: "gzip", align: "right" },
      { header: "brotli", align: "right" },
      { header: "budget" },
      { header: "zip", align: "right" },
      { header: "budget" },
    ],
    measured.map(({ lang, raw, editionGzip, brotli, zipBytes }) => [
      lang,
      kb(raw),
      kbExact(editionGzip),
      kb(brotli),
      verdict(`one-file edition (${lang}`),
      kbExact(zipBytes),
      verdict(`zip (${lang})`),
    ]),
  );
  return `Offline editions (KB; budgets: the Arabic one-file edition ≤ ${kb(OFFLINE_EDITION_LIMIT)} gzip, each zip ≤ ${kb(OFFLINE_ZIP_LIMIT)})\n\n${table}`;
}
