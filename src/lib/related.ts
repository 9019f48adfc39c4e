/** What relates two statements: the topics and demands they share, and when each came out. */
export interface Relatable {
  id: string;
  topics: readonly string[];
  demands: readonly string[];
  /** Publication time, for ties: the closer in time, the more related. */
  time: number;
}

/**
 * The entries most related to one: those sharing the most topics and demands (a shared topic or
 * demand counts one), closest in time on a tie, then by id so the order never depends on the
 * disk. Entries sharing nothing are never offered. Looks only at entries that share something,
 * through an index of who carries what, so a large archive is not compared pair by pair.
 */
export function relatedEntries<T extends Relatable>(entry: T, index: RelatedIndex<T>, count: number): T[] {
  const shared = new Map<T, number>();
  for (const key of keysOf(entry)) {
    for (const other of index.get(key) ?? []) {
      if (other.id !== entry.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort(
      ([a, aShared], [b, bShared]) =>
        bShared - aShared ||
        Math.abs(a.time - entry.time) - Math.abs(b.time - entry.time) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, count)
    .map(([other]) => other);
}

/** Who carries each topic and demand. */
export type RelatedIndex<T> = Map<string, T[]>;

const keysOf = (entry: Relatable) => [
  ...entry.topics.map((topic) => `topic:${topic}`),
  ...entry.demands.map((demand) => `demand:${demand}`),
];

export function relatedIndex<T extends Relatable>(entries: readonly T[]): RelatedIndex<T> {
  const index: RelatedIndex<T> = new Map();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const carriers = index.get(key);
      if (carriers) carriers.push(entry);
      else index.set(key, [entry]);
    }
  }
  return index;
}
