import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-checks/check-content";
import { loadSettings } from "../../src/site/settings";
import type { Settings } from "../../src/schemas/settings";

/** The fixture site: every component, a draft, photos, recordings and a translation. */
const FIXTURE = path.resolve("tests/fixtures/site/content");

let tmp: string;
let contentDir: string;
let cacheDir: string;
let settings: Settings;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "file-check-cache-"));
  contentDir = path.join(tmp, "content");
  cacheDir = path.join(tmp, "cache");
  cpSync(FIXTURE, contentDir, { recursive: true });
  settings = loadSettings(path.join(contentDir, "settings.yaml"));
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const statement = () => path.join(contentDir, "statements", "en", "first-statement.mdx");
const check = (options: { cacheDir?: string; settings?: Settings } = {}) =>
  checkContent(contentDir, options.settings ?? settings, { cacheDir: options.cacheDir });

describe("the content check's cache of unchanged files", () => {
  it("finds what a check without it finds, reading no file a second time", () => {
    const first = check({ cacheDir });
    expect(first.reused).toBe(0);
    const again = check({ cacheDir });
    expect(again.reused).toBe(again.entries.length);
    const { reused: _, ...uncached } = check();
    const { reused: __, ...cached } = again;
    expect(cached).toEqual(uncached);
  });

  it("reads a changed file again, and reports what is now wrong in it", () => {
    const files = check({ cacheDir }).entries.length;
    writeFileSync(
      statement(),
      readFileSync(statement(), "utf8").replace(/^summary: .*$/m, "summary: Short."),
    );
    const edited = check({ cacheDir });
    expect(edited.reused).toBe(files - 1);
    expect(edited.problems.map(({ field }) => field)).toContain("summary");
  });

  it("checks again the files a component names, though the file naming them is unchanged", () => {
    expect(check({ cacheDir }).problems).toEqual([]);
    rmSync(path.join(contentDir, "statements", "en", "media", "speech.mp3"));
    const again = check({ cacheDir });
    expect(again.reused).toBeGreaterThan(0);
    expect(again.problems.map(({ message }) => message).join("\n")).toMatch(/<Audio src>.*speech\.mp3/);
  });

  it("reuses nothing under other settings: here another address, whose host links are checked against", () => {
    check({ cacheDir });
    const moved = { ...settings, url: "https://campaign.example.net" };
    expect(check({ cacheDir, settings: moved }).reused).toBe(0);
  });

  it("checks everything again when the cache is damaged", () => {
    check({ cacheDir });
    writeFileSync(path.join(cacheDir, "files.v8"), "not what was written");
    const again = check({ cacheDir });
    expect(again.reused).toBe(0);
    expect(again.problems).toEqual([]);
    expect(check({ cacheDir }).reused).toBe(again.entries.length);
  });
});
