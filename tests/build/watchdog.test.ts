import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runWithWatchdog } from "../../scripts/lib/run-with-watchdog.ts";
import { buildFixture, prepareFixture, type Fixture } from "../support/fixture-build";

/**
 * A child that hangs while exiting (nodejs/node#54918) must not hang the build. The hang is
 * simulated by tests/fixtures/watchdog/hang-at-exit.ts, loaded through NODE_OPTIONS: once the
 * process's exit code is decided, its main thread blocks forever.
 */
const fixtures = path.resolve("tests/fixtures/watchdog");
const child = path.join(fixtures, "child.ts");
const hangAtExit = (script: string) => ({
  ...process.env,
  NODE_OPTIONS: `--import ${pathToFileURL(path.join(fixtures, "hang-at-exit.ts")).href}`,
  HANG_AT_EXIT_SCRIPT: script,
});

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

describe("the watchdog over a child process", () => {
  it.each([0, 3])(
    "ends a child that reported exit code %i and then hung, with that code, after the grace period",
    async (code) => {
      const { value, seconds } = await timed(() =>
        runWithWatchdog(child, [String(code)], {
          env: hangAtExit("child.ts"),
          limitMs: 60_000,
          graceMs: 500,
        }),
      );
      expect(value).toEqual({ status: code, ended: "stopped-after-reporting" });
      expect(seconds).toBeLessThan(10);
    },
    20_000,
  );

  it("lets a child that ends by itself end, with its own exit code", async () => {
    const { value, seconds } = await timed(() => runWithWatchdog(child, ["4"], { limitMs: 60_000 }));
    expect(value).toEqual({ status: 4, ended: "exited" });
    expect(seconds).toBeLessThan(5);
  }, 20_000);

  it("runs a child at the nice value asked for, its session included", async () => {
    const lines: string[] = [];
    const { status } = await runWithWatchdog(child, ["0", "priority"], {
      limitMs: 60_000,
      niceness: 10,
      onStdoutLine: (line) => lines.push(line),
    });
    expect(status).toBe(0);
    const line = lines.find((printed) => printed.startsWith("child: nice")) ?? "";
    expect(line).toMatch(/^child: nice 10, /);
    // Under autogroup scheduling, the session's value is what ranks it against Astro's session.
    if (!line.endsWith("no autogroup")) expect(line).toMatch(/ nice 10$/);
  }, 20_000);

  it("stops a child that never ends at the time limit, as a failure", async () => {
    const { value, seconds } = await timed(() =>
      runWithWatchdog(child, ["0", "never-ends"], { limitMs: 1000 }),
    );
    expect(value).toEqual({ status: 1, ended: "timed-out" });
    expect(seconds).toBeLessThan(10);
  }, 20_000);
});

describe("npm run build when Astro hangs at exit", () => {
  const built: Fixture[] = [];
  afterAll(() => built.forEach((fixture) => fixture.remove()));

  it("still publishes the site, says why it stopped Astro, and exits 0", async () => {
    const fixture = prepareFixture();
    built.push(fixture);
    const { value, seconds } = await timed(() =>
      buildFixture(fixture, { CAMPAIGN_LEAFLETS: "off", ...hangAtExit("astro.mjs") }),
    );
    expect(value.status, value.output).toBe(0);
    expect(value.output).toContain("astro build reported exit code 0 but had not ended");
    expect(existsSync(path.join(fixture.outDir, "index.html"))).toBe(true);
    expect(seconds).toBeLessThan(100);
  });

  it("still fails a build the content check stops, with only the report", async () => {
    const fixture = prepareFixture({ overlay: path.resolve("tests/fixtures/broken/bad-settings-url") });
    built.push(fixture);
    const { value } = await timed(() => buildFixture(fixture, { ...hangAtExit("astro.mjs") }));
    expect(value.status, value.output).toBe(1);
    expect(value.output).toContain("astro build reported exit code 1 but had not ended");
    expect(value.output).toContain("is not a full web address");
    expect(value.output).toContain("Build failed: nothing was published");
    expect(existsSync(fixture.outDir)).toBe(false);
  });
});
