import { describe, expect, it } from "vitest";
import { describeSize, hostLimitWarnings } from "../../src/lib/host-limits.ts";

describe("hostLimitWarnings", () => {
  it("says nothing while a site is well within every host's limits", () => {
    expect(hostLimitWarnings({ files: 17_999, bytes: 899_000_000 })).toEqual([]);
  });

  it("warns from 90% of a limit, naming the host and the figures", () => {
    expect(hostLimitWarnings({ files: 19_924, bytes: 314_000_000 })).toEqual([
      expect.stringContaining("at 100% of what Cloudflare Pages accepts (19,924 files of 20,000)"),
    ]);
    expect(hostLimitWarnings({ files: 100, bytes: 950_000_000 })).toEqual([
      expect.stringContaining("at 95% of what GitHub Pages accepts (950 MB of 1,000 MB)"),
    ]);
  });

  it("says which host would refuse a site past its limit", () => {
    const [warning] = hostLimitWarnings({ files: 20_001, bytes: 1 });
    expect(warning).toMatch(
      /^Cloudflare Pages would refuse this site: 20,001 files, over its limit of 20,000 files\./,
    );
  });

  it("tells an organization what it can do, near the limit and past it", () => {
    for (const files of [18_500, 25_000]) {
      const [warning] = hostLimitWarnings({ files, bytes: 1 });
      expect(warning).toContain(
        "Cloudflare's paid plans accept 100,000 files once the Pages project has the environment variable PAGES_WRANGLER_MAJOR_VERSION=4",
      );
      expect(warning).toMatch(/\(see Publishing in the README\)\.$/);
    }
    const [size] = hostLimitWarnings({ files: 1, bytes: 1_200_000_000 });
    expect(size).toContain("Cloudflare Pages limits the number of files");
  });
});

describe("describeSize", () => {
  it("gives files and megabytes", () => {
    expect(describeSize({ files: 19_924, bytes: 314_420_000 })).toBe("19,924 files, 314 MB");
  });
});
