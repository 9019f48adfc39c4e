import { describe, expect, it } from "vitest";
import { startProgress } from "../../src/build/progress";

describe("progress lines", () => {
  it("say done / total, the rate and the time left, every few seconds and at the end", () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = startProgress({
      label: "share images",
      total: 5000,
      verb: "drawn",
      print: (line) => lines.push(line),
      now: () => clock,
    });
    for (let item = 1; item <= 5000; item++) {
      clock = item * 2; // 500 a second
      progress.tick();
    }
    // 10 seconds of work, a line every 3 seconds, and the last one.
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("  share images: 1,500/5,000 drawn, 500.0/s, about 7 s left");
    expect(lines.at(-1)).toBe("  share images: 5,000/5,000 drawn, 500.0/s");
  });
});
