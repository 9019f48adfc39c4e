import { htmlPagesIn } from "../../tests/support/built-site.ts";
import { SiteWeigher, type PageWeight } from "./page-weight.ts";

/** Every page of a built site, weighed. */
export function weighSite(outDir: string, base = "/"): PageWeight[] {
  const weigher = new SiteWeigher(outDir, base);
  return htmlPagesIn(outDir).map((page) => weigher.weigh(page));
}
