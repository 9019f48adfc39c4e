import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildFixture,
  inBatches,
  prepareFixture,
  type Fixture,
  type RunResult,
} from "../support/fixture-build";

/**
 * Builds that fail after the content check, which only a whole build shows. Every message the
 * checker gives an editor is asserted by its unit tests (tests/unit/content-checks.test.ts,
 * schemas.test.ts, translations.test.ts), and tests/build/fixture-site.test.ts shows that a
 * checker failure stops a build and keeps the last good site. The cases here: settings Astro's
 * config cannot load, MDX the compiler rejects, a leaflet too long for its paper, and a machine
 * without Chromium.
 *
 * Each folder in tests/fixtures/broken holds files laid over the valid fixture site at the same
 * paths, and expect.json: what is broken, what the build must say about it (`mentions`) and,
 * optionally, what it must not say (`absent`).
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
      /** What the build must not say: for a content-check report, Astro's framing around it. */
      absent?: string[];
    },
  }));

/** One build per fixture, two at a time, all started once for the whole file. */
const fixtures = new Map<string, Fixture>();
const results = new Map<string, RunResult>();

beforeAll(async () => {
  fixtures.set("withoutChromium", prepareFixture());
  for (const { name, dir } of cases) fixtures.set(name, prepareFixture({ overlay: dir }));
  const envs: Record<string, Record<string, string>> = {
    withoutChromium: { CHROMIUM_PATH: "/nowhere/chromium" },
  };
  const names = [...fixtures.keys()];
  const outcomes = await inBatches(names.map((name) => () => buildFixture(fixture(name), envs[name])));
  names.forEach((name, index) => results.set(name, outcomes[index] as RunResult));
}, 300_000);

afterAll(() => {
  for (const built of fixtures.values()) built.remove();
});

function fixture(name: string): Fixture {
  const found = fixtures.get(name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}
const result = (name: string) => results.get(name) ?? { status: null, output: `${name} was not built` };

describe("a build on a machine without Chromium", () => {
  it("says how to install it, or how to build without PDFs, and publishes nothing", () => {
    const { status, output } = result("withoutChromium");
    expect(status).not.toBe(0);
    expect(output).toContain("apt-get install chromium");
    expect(output).toContain("CAMPAIGN_LEAFLETS=off");
    expect(existsSync(fixture("withoutChromium").outDir)).toBe(false);
  });
});

describe("a build with broken content the checker cannot see", () => {
  it.each(cases)("$name: stops, says what to fix, and publishes nothing", ({ name, expected }) => {
    const { status, output } = result(name);
    expect(status, output).not.toBe(0);
    for (const mention of expected.mentions) expect(output.split(path.sep).join("/")).toContain(mention);
    for (const noise of expected.absent ?? []) expect(output).not.toContain(noise);
    expect(output).toContain("Build failed: nothing was published");
    expect(existsSync(fixture(name).outDir)).toBe(false);
    expect(existsSync(`${fixture(name).outDir}.staging`)).toBe(false);
  });
});
