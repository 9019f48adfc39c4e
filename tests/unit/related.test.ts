import { describe, expect, it } from "vitest";
import { relatedEntries, relatedIndex, type Relatable } from "../../src/lib/related";

const day = 86_400_000;
const entry = (id: string, topics: string[], demands: string[], days: number): Relatable => ({
  id,
  topics,
  demands,
  time: days * day,
});

describe("relatedEntries", () => {
  const all = [
    entry("a", ["gaza", "bds"], ["stop-arming"], 100),
    entry("b", ["gaza", "bds"], ["stop-arming"], 10),
    entry("c", ["gaza"], [], 99),
    entry("d", ["gaza"], [], 101),
    entry("e", ["prisoners"], ["free-them"], 100),
    entry("f", [], ["stop-arming"], 100),
  ];
  const index = relatedIndex(all);

  it("puts first what shares most topics and demands, never the entry itself or what shares nothing", () => {
    const related = relatedEntries(all[0]!, index, 10).map(({ id }) => id);
    expect(related[0]).toBe("b");
    expect(related).not.toContain("a");
    expect(related).not.toContain("e");
    expect(related).toHaveLength(4);
  });

  it("breaks a tie by closeness in time, then by id", () => {
    // c, d and f each share one thing with a; f was published the same day, c and d one day off.
    expect(relatedEntries(all[0]!, index, 10).map(({ id }) => id)).toEqual(["b", "f", "c", "d"]);
  });

  it("offers at most the number asked for, and nothing for an entry that shares nothing", () => {
    expect(relatedEntries(all[0]!, index, 2)).toHaveLength(2);
    expect(relatedEntries(all[4]!, index, 3)).toEqual([]);
  });
});
