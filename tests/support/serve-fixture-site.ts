import { startPreview } from "../../scripts/lib/preview.ts";
import { buildFixture, prepareFixture } from "./fixture-build.ts";

/**
 * Builds the fixture site (tests/fixtures/site), which uses every component editors have, for
 * a folder, and serves it there on the port given, for the browser tests of
 * tests/e2e/fixture-site.spec.ts. The sample site cannot show those components: a link to a
 * video elsewhere would need a real address, and a recording of the organization's own would
 * be invented. Leaflet PDFs are left out: tests/build/fixture-site.test.ts prints them.
 */
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) throw new Error("usage: serve-fixture-site.ts <port>");

const fixture = prepareFixture();
const build = await buildFixture(fixture, {
  CAMPAIGN_SITE_URL: "https://example.org/campaign/",
  CAMPAIGN_LEAFLETS: "off",
});
if (build.status !== 0) {
  console.error(build.output);
  fixture.remove();
  process.exit(1);
}
const preview = await startPreview(fixture.outDir, "/campaign/", port);
console.log(`Fixture site at ${preview.url}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    preview.stop();
    fixture.remove();
    process.exit(0);
  });
}
