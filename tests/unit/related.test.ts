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

  /** The best three by ranking every candidate, the slow and obvious way. */
  const rankedIn = (many: readonly Relatable[]) => (of: Relatable) =>
    many
      .filter((other) => other.id !== of.id)
      .map((other) => ({
        other,
        shared: [
          ...other.topics.filter((topic) => of.topics.includes(topic)),
          ...other.demands.filter((demand) => of.demands.includes(demand)),
        ].length,
      }))
      .filter(({ shared }) => shared > 0)
      .sort(
        (a, b) =>
          b.shared - a.shared ||
          Math.abs(a.other.time - of.time) - Math.abs(b.other.time - of.time) ||
          a.other.id.localeCompare(b.other.id),
      )
      .slice(0, 3)
      .map(({ other }) => other.id);

  it("picks the same ones as ranking every candidate, in a large archive with many ties", () => {
    // 600 statements over 3 topics and 4 demands: most share something with most others.
    const many = Array.from({ length: 600 }, (_, n) =>
      entry(
        `s${n}`,
        ["gaza", "bds", "ceasefire"].filter((_, k) => (n + k) % 3 !== 0),
        ["stop-arming", "free-them", "cut-budgets", "history"].filter((_, k) => (n * 7 + k) % 4 < 2),
        Math.floor(n / 3),
      ),
    );
    const manyIndex = relatedIndex(many);
    for (const of of many.filter((_, n) => n % 7 === 0))
      expect(relatedEntries(of, manyIndex, 3).map(({ id }) => id)).toEqual(rankedIn(many)(of));
  });

  it("does the same with more topics and demands than one 32-bit word holds", () => {
    // 50 topics and 20 demands: 70 bits, three words an entry.
    const topics = Array.from({ length: 50 }, (_, k) => `topic-${k}`);
    const demands = Array.from({ length: 20 }, (_, k) => `demand-${k}`);
    const many = Array.from({ length: 400 }, (_, n) =>
      entry(
        `s${n}`,
        topics.filter((_, k) => (n * 13 + k * 7) % 11 < 2),
        demands.filter((_, k) => (n * 5 + k * 3) % 9 < 2),
        n % 37,
      ),
    );
    const manyIndex = relatedIndex(many);
    expect(manyIndex.words).toBe(3);
    for (const of of many.filter((_, n) => n % 5 === 0))
      expect(relatedEntries(of, manyIndex, 3).map(({ id }) => id)).toEqual(rankedIn(many)(of));
  });
});
