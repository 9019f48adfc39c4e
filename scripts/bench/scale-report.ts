import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { FIRST_RENDER_LIMIT, pageBudgets, passFail } from "./budgets.ts";
import { SiteWeigher } from "./page-weight.ts";
import { selectBuilds, type SiteBuild } from "./site-build.ts";
import { kb, renderTable } from "./table.ts";

/** Pages that list every statement, and so grow with the site. */
const LIST_PAGES = [
  "index.html",
  "statements/index.html",
  "ar/statements/index.html",
  "es/statements/index.html",
  "leaflets/index.html",
];

/** How the pages that list statements grow: every page must still render from 14 KB. */
export function scaleReport(builds: readonly SiteBuild[], base: string): string {
  const sites = selectBuilds(builds, { cache: "cold", shareImages: true, leaflets: false });
  const rows: string[][] = [];
  for (const build of sites) {
    const weigher = new SiteWeigher(build.outDir, base);
    for (const page of LIST_PAGES.filter((file) => existsSync(path.join(build.outDir, file)))) {
      const weight = weigher.weigh(page);
      const firstRender = pageBudgets(weight)[0]!;
      rows.push([
        build.site,
        `/${page.replace(/index\.html$/, "")}`,
        kb(weight.html.raw),
        kb(weight.html.gzip),
        kb(firstRender.bytes),
        passFail(firstRender.pass),
      ]);
    }
    const feed = path.join(build.outDir, "rss.xml");
    if (existsSync(feed)) rows.push([build.site, "/rss.xml", kb(statSync(feed).size), "", "", ""]);
  }
  return [
    "Pages that grow with the number of statements (KB)",
    renderTable(
      [
        { header: "site" },
        { header: "page" },
        { header: "HTML", align: "right" },
        { header: "HTML gzip", align: "right" },
        { header: "first render gzip", align: "right" },
        { header: `≤ ${kb(FIRST_RENDER_LIMIT)}` },
      ],
      rows,
    ),
  ].join("\n");
}
