import type { ShareImageTiming } from "./share-image-timing.ts";
import { selectBuilds, type SiteBuild } from "./site-build.ts";
import { indent, renderTable, seconds } from "./table.ts";

/** What one share image and one leaflet PDF cost: the units the build's time is made of. */
export function shareImageReport(
  renderer: { firstRenderMs: number; timings: ShareImageTiming[] } | undefined,
  builds: readonly SiteBuild[],
): string {
  const lines = ["Time per share image"];
  if (renderer) {
    lines.push(
      `  The renderer alone (src/build/share-image, median ms per card and step, one core; the first card also loads wasm and fonts: ${renderer.firstRenderMs.toFixed(0)} ms):`,
      indent(
        renderTable(
          [
            { header: "lang" },
            { header: "cards", align: "right" },
            { header: "layout", align: "right" },
            { header: "parse", align: "right" },
            { header: "draw", align: "right" },
            { header: "PNG encode", align: "right" },
            { header: "total ms", align: "right" },
          ],
          renderer.timings.map((timing) => [
            timing.lang,
            String(timing.cards),
            ...[timing.layoutMs, timing.parseMs, timing.rasterMs, timing.encodeMs].map((ms) => ms.toFixed(1)),
            (timing.layoutMs + timing.parseMs + timing.rasterMs + timing.encodeMs).toFixed(1),
          ]),
        ),
        4,
      ),
    );
  }
  // Warm builds copy cached PNGs: their difference is within the noise, so only cold builds are compared.
  const rows: string[][] = [];
  for (const site of new Set(builds.map((build) => build.site))) {
    const coldBuild = (shareImages: boolean) =>
      selectBuilds(builds, { site, cache: "cold", leaflets: false, shareImages })[0];
    const [withImages, without] = [coldBuild(true), coldBuild(false)];
    if (!withImages || !without || withImages.shareImages === 0) continue;
    const perImage = (a: number | undefined, b: number | undefined) =>
      a === undefined || b === undefined ? "n/a" : (((a - b) / withImages.shareImages) * 1000).toFixed(0);
    rows.push([
      site,
      String(withImages.shareImages),
      seconds(withImages.wallSeconds - without.wallSeconds),
      perImage(withImages.wallSeconds, without.wallSeconds),
      perImage(withImages.cpuSeconds, without.cpuSeconds),
    ]);
  }
  if (rows.length > 0) {
    lines.push(
      "  In the build (cold build with share images minus without):",
      indent(
        renderTable(
          [
            { header: "site" },
            { header: "images", align: "right" },
            { header: "extra wall s", align: "right" },
            { header: "wall ms per image", align: "right" },
            { header: "CPU ms per image", align: "right" },
          ],
          rows,
        ),
        4,
      ),
    );
  }
  return lines.join("\n");
}

export function leafletPdfReport(builds: readonly SiteBuild[]): string {
  const lines = ["Time per leaflet PDF (sample site, printed by Chromium inside npm run build)"];
  for (const build of selectBuilds(builds, { leaflets: true })) {
    const report = build.leafletReport;
    if (!report) continue;
    const perPdf =
      report.printed > 0
        ? `, ${((report.seconds / report.printed) * 1000).toFixed(0)} ms per printed PDF`
        : "";
    lines.push(
      `  ${build.cache}: ${report.pdfs} PDFs (${report.printed} printed, ${report.reused} unchanged) in ${report.seconds.toFixed(1)} s${perPdf}`,
    );
  }
  const cold = (leaflets: boolean) =>
    selectBuilds(builds, { site: "sample", cache: "cold", shareImages: true, leaflets })[0];
  const [withPdfs, without] = [cold(true), cold(false)];
  if (withPdfs && without)
    lines.push(
      `  The whole cold build takes ${seconds(withPdfs.wallSeconds - without.wallSeconds)} s longer with the PDFs.`,
    );
  if (lines.length === 1) lines.push("  (no build printed leaflets)");
  return lines.join("\n");
}
