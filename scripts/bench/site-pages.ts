import { isOfflineEdition } from "../../src/lib/page-kinds.ts";
import { htmlPagesIn } from "../../tests/support/built-site.ts";
import { SiteWeigher, type PageWeight } from "./page-weight.ts";

/** Every page of a built site, weighed. The offline editions are downloads, reported apart (offline-report.ts). */
export function weighSite(outDir: string, base = "/"): PageWeight[] {
  const weigher = new SiteWeigher(outDir, base);
  return htmlPagesIn(outDir)
    .filter((page) => !isOfflineEdition(page))
    .map((page) => weigher.weigh(page));
}
