import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { markCacheFileUsed, removeUnusedSince, writeCacheFile } from "../../src/build/cache-file";

let folder = "";
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("a build cache kept between deploys", () => {
  it("loses only the files the last build neither wrote nor read", async () => {
    folder = mkdtempSync(path.join(tmpdir(), "campaign-cache-"));
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    for (const name of ["read-again.png", "no-longer-used.png"]) {
      writeFileSync(path.join(folder, name), "png");
      utimesSync(path.join(folder, name), lastWeek, lastWeek);
    }
    const buildStarted = Date.now() - 1000;
    await markCacheFileUsed(path.join(folder, "read-again.png"));
    await writeCacheFile(path.join(folder, "drawn-now.png"), "png");

    expect(await removeUnusedSince(folder, buildStarted)).toBe(1);
    expect(readdirSync(folder).sort()).toEqual(["drawn-now.png", "read-again.png"]);
  });

  it("has nothing to remove before the first build", async () => {
    folder = path.join(tmpdir(), "campaign-cache-never-made");
    expect(await removeUnusedSince(folder, Date.now())).toBe(0);
  });
});
