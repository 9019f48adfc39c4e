import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { t } from "../../src/i18n/ui";
import { buildFixture, prepareFixture } from "./build-fixture";

/**
 * Each folder in tests/fixtures/broken holds one broken file, laid over the
 * valid fixture site at the same path, and expect.json: what is broken and
 * what the build must say about it.
 */
const brokenDir = path.resolve("tests/fixtures/broken");
const cases = readdirSync(brokenDir)
  .sort()
  .map((name) => ({
    name,
    dir: path.join(brokenDir, name),
    expected: JSON.parse(readFileSync(path.join(brokenDir, name, "expect.json"), "utf8")) as {
      broken: string;
      mentions: string[];
    },
  }));

const report: { case: string; broken: string; exit: number | null; "what the editor is told": string }[] = [];
afterAll(() => console.table(report));

// Tests in a file run one after another: builds share Astro's generated types folder.
describe("a build with one broken file", () => {
  it("starts from a fixture site that builds", () => {
    const fixture = prepareFixture();
    try {
      const { status, output } = buildFixture(fixture);
      expect(status, output).toBe(0);
      expect(existsSync(path.join(fixture.outDir, "statements/first-statement/index.html"))).toBe(true);
      // Drafts and files starting with "_" never reach the published site.
      expect(existsSync(path.join(fixture.outDir, "statements/not-ready-yet"))).toBe(false);
      expect(existsSync(path.join(fixture.outDir, "statements/_parked-idea"))).toBe(false);
      expect(readFileSync(path.join(fixture.outDir, "statements/index.html"), "utf8")).not.toContain(
        "A draft statement",
      );

      // Links editors write: other sites get rel="noopener noreferrer"; addresses are hidden from harvesters.
      const statement = readFileSync(
        path.join(fixture.outDir, "statements/first-statement/index.html"),
        "utf8",
      );
      expect(statement).toMatch(/<a href="https:\/\/news\.example\.net\/report" rel="noopener noreferrer">/);
      expect(statement).toContain('<a href="/demands/">our demands</a>');
      expect(statement).toContain(
        '<a href="mailto:info%40example.org"><bdi>info<span>@</span>example.org</bdi></a>',
      );
      expect(statement).not.toMatch(/info@example\.org/);

      // The Arabic statement records an old fingerprint of its original: it says so and links to it.
      const arabic = readFileSync(
        path.join(fixture.outDir, "ar/statements/first-statement/index.html"),
        "utf8",
      );
      expect(arabic).toMatch(/<html lang="ar" dir="rtl"/);
      expect(arabic).toContain(t("ar", "translation.outdated"));
      expect(arabic).toContain('href="/statements/first-statement/" hreflang="en"');
      // The untranslated action shows on Arabic pages in English, marked as English.
      const arabicActions = readFileSync(path.join(fixture.outDir, "ar/actions/index.html"), "utf8");
      expect(arabicActions).toMatch(/<h3[^>]* lang="en" dir="ltr"[^>]*>\s*<a href="\/actions\/act-now\/"/);
      // The picker on the English action leads to the Arabic home, as it has no translation.
      const englishAction = readFileSync(path.join(fixture.outDir, "actions/act-now/index.html"), "utf8");
      expect(englishAction).toMatch(/<a href="\/ar\/" lang="ar" hreflang="ar"/);
      // The build lists what is missing and what is stale.
      expect(output).toContain("missing translation: ");
      expect(output).toMatch(/may be out of date: .*statements\/ar\/first-statement\.mdx/);
    } finally {
      fixture.remove();
    }
  });

  it.each(cases)(
    "$name: stops, names the file and field, and publishes nothing",
    ({ name, dir, expected }) => {
      const fixture = prepareFixture(dir);
      try {
        const { status, output } = buildFixture(fixture);
        const normalised = output.split(path.sep).join("/");
        report.push({
          case: name,
          broken: expected.broken,
          exit: status,
          "what the editor is told": (
            normalised.split("\n").find((line) => line.includes(expected.mentions.at(-1) ?? "")) ?? ""
          )
            .trim()
            .slice(0, 120),
        });
        expect(status, output).not.toBe(0);
        for (const mention of expected.mentions) expect(normalised).toContain(mention);
        expect(normalised).toContain("Build failed: nothing was published");
        expect(existsSync(fixture.outDir)).toBe(false);
        expect(existsSync(`${fixture.outDir}.staging`)).toBe(false);
      } finally {
        fixture.remove();
      }
    },
  );
});

describe("a leaflet whose text does not fit its paper", () => {
  it("fails the build, naming the entry and each paper size, and publishes nothing", () => {
    const fixture = prepareFixture(path.resolve("tests/fixtures/leaflet-too-long"));
    try {
      const { status, output } = buildFixture(fixture);
      expect(status, output).not.toBe(0);
      for (const size of ["A4", "LETTER", "A5", "A5-2UP"]) {
        expect(output).toContain(
          `statements/en/first-statement.mdx: the leaflet does not fit on ${size} paper`,
        );
      }
      expect(output).toContain("give the entry shorter leaflet text");
      expect(output).toContain("Build failed: nothing was published");
      expect(existsSync(fixture.outDir)).toBe(false);
      expect(existsSync(`${fixture.outDir}.staging`)).toBe(false);
    } finally {
      fixture.remove();
    }
  });
});

describe("a build on a machine without Chromium", () => {
  it("says how to install it, or how to build without PDFs, and publishes nothing", () => {
    const fixture = prepareFixture();
    try {
      const { status, output } = buildFixture(fixture, "scripts/build.ts", {
        CHROMIUM_PATH: path.join(fixture.root, "no-chromium"),
      });
      expect(status).not.toBe(0);
      expect(output).toContain("apt-get install chromium");
      expect(output).toContain("CAMPAIGN_LEAFLETS=off");
      expect(existsSync(fixture.outDir)).toBe(false);
    } finally {
      fixture.remove();
    }
  });

  it("builds without PDFs when asked, and the leaflets page offers the printable pages instead", () => {
    const fixture = prepareFixture();
    try {
      const { status, output } = buildFixture(fixture, "scripts/build.ts", {
        CHROMIUM_PATH: path.join(fixture.root, "no-chromium"),
        CAMPAIGN_LEAFLETS: "off",
      });
      expect(status, output).toBe(0);
      const page = readFileSync(path.join(fixture.outDir, "leaflets/index.html"), "utf8");
      expect(page).not.toContain(".pdf");
      expect(page).toContain('href="/leaflets/statements/first-statement/"');
      expect(existsSync(path.join(fixture.outDir, "leaflets/statements/first-statement/index.html"))).toBe(
        true,
      );
    } finally {
      fixture.remove();
    }
  });
});
