import { describe, expect, it } from "vitest";
import { buildPhases } from "../../scripts/bench/build-phases.ts";

const log = (lines: [number, string][]) =>
  lines.map(([at, text]) => `[${at.toFixed(1).padStart(6)} s] ${text}`).join("\n");

const seconds = (phases: ReturnType<typeof buildPhases>) =>
  Object.fromEntries(
    phases.map(({ name, seconds }) => [name, seconds === undefined ? undefined : +seconds.toFixed(1)]),
  );

describe("buildPhases", () => {
  it("times the steps after Astro from where Astro ended, as they run side by side, and search by what it reports", () => {
    const phases = buildPhases(
      log([
        [2, "10:00:02 [campaign:content-checks] 5099 content files checked, no problems."],
        [4, "10:00:04 [content] Synced content"],
        [17, " generating static routes"],
        [30, "10:00:30 ✓ Completed in 13.0s."],
        [30.5, "Search index: en prepared beside Astro (4,028 pages, 8.6 s)."],
        // Search started while Astro was writing pages, and ends before Astro does.
        [31, "Search index: en 4028, ar 528, es 528 pages (9.0 s)."],
        [32, "10:00:32 [build] Complete!"],
        [35, "Leaflets: 567 PDFs for 81 leaflets (7 printed, 560 unchanged) in 3.0 s."],
        [
          36,
          "Offline editions: en 117 KB compressed, zip 29535 KB (4.0 s, 6032 of 6047 pages from the cache).",
        ],
        [37, "Built into dist/."],
      ]),
    );
    expect(seconds(phases)).toEqual({
      "content check": 2,
      "content sync": 2,
      bundling: 13,
      pages: 13,
      "after pages": 2,
      "search beside Astro": 8.6,
      "search index": 9,
      "leaflet PDFs": 3,
      "offline editions": 4,
      publish: 1,
    });
  });

  it("leaves out a step the build did not run, and starts the next where the one before ended", () => {
    const phases = buildPhases(
      log([
        [2, "[campaign:content-checks] 12 content files checked"],
        [3, "[content] Synced content"],
        [5, " generating static routes"],
        [6, "10:00:06 ✓ Completed in 1.0s."],
        [7, "[build] Complete!"],
        [8, "Offline editions: en 12 KB compressed (1.0 s)."],
        [8.5, "Search index: en 28 pages (1.5 s)."],
        [9, "Built into dist/."],
      ]),
    );
    expect(seconds(phases)).toMatchObject({
      "search beside Astro": undefined,
      "search index": 1.5,
      "leaflet PDFs": undefined,
      "offline editions": 1,
      publish: 0.5,
    });
  });
});
