import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageBudgets } from "../../scripts/bench/budgets.ts";
import { SiteWeigher } from "../../scripts/bench/page-weight.ts";

// The weighing behind the byte budgets (tests/site/budgets.test.ts and npm run bench), on made-up pages.
describe("the budget check itself", () => {
  const site = mkdtempSync(path.join(tmpdir(), "campaign-budgets-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  // Random bytes do not compress: 20 KB stays 20 KB after gzip.
  const incompressible = (bytes: number) => randomBytes(bytes).toString("base64");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), text);
  };

  it("fails a made-up page with too much render-blocking CSS and script", () => {
    write("big.css", `/* ${incompressible(20_000)} */ body { margin: 0 }`);
    write(
      "oversized/index.html",
      `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/big.css"></head>` +
        `<body><script>const blob = "${incompressible(8_000)}";</script></body></html>`,
    );
    const results = pageBudgets(new SiteWeigher(site).weigh("oversized/index.html"));
    expect(results.map(({ name, pass }) => ({ name, pass }))).toEqual([
      { name: "first render", pass: false },
      { name: "script", pass: false },
    ]);
  });

  it("counts only what loads on view, and only render-blocking files toward first render", () => {
    write("print.css", `/* ${incompressible(20_000)} */`);
    write("late.js", incompressible(1_000));
    write(
      "light/index.html",
      `<!doctype html><html lang="ar" dir="rtl"><head>` +
        `<link rel="stylesheet" href="/print.css" media="print">` +
        `<link rel="manifest" href="/manifest.webmanifest">` +
        `<script type="application/ld+json">{"name": "${incompressible(9_000)}"}</script>` +
        `<script type="module" src="/late.js"></script></head><body><p>نص</p></body></html>`,
    );
    const weight = new SiteWeigher(site).weigh("light/index.html");
    expect(weight.lang).toBe("ar");
    expect(weight.requests).toBe(3);
    expect(weight.script.raw).toBe(1_336);
    expect(weight.firstRender.raw).toBe(weight.html.raw);
    expect(pageBudgets(weight).every((result) => result.pass)).toBe(true);
  });
});
