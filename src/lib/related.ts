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
 * disk. Entries sharing nothing are never offered.
 *
 * Every statement's page asks, in every language, so at 5,000 statements this runs 12,000 times
 * over lists of 4,000. Each entry's topics and demands are bits in a mask (relatedIndex), so what
 * two entries share is counted with a few bit operations instead of looking up names, and only
 * the best `count` are kept as it goes: counting through lists of who carries what took 1 s of
 * every build at that size, and sorting every candidate, before that, 13 s.
 */
export function relatedEntries<T extends Relatable>(entry: T, index: RelatedIndex<T>, count: number): T[] {
  const { entries, words, masks } = index;
  const own = maskOf(entry, index);
  if (count === 0 || own.every((word) => word === 0)) return [];
  // The best `count` so far, best first, with what each shares.
  const best: number[] = [];
  const bestShared: number[] = [];
  const distance = (at: number) => Math.abs(entries[at]!.time - entry.time);
  /** Negative when the entry at `a` (sharing `sa`) ranks before the one at `b` (sharing `sb`). */
  const before = (a: number, sa: number, b: number, sb: number) =>
    sb - sa || distance(a) - distance(b) || entries[a]!.id.localeCompare(entries[b]!.id);
  for (let at = 0; at < entries.length; at++) {
    let shared = 0;
    for (let word = 0; word < words; word++) shared += bitCount(masks[at * words + word]! & own[word]!);
    if (shared === 0) continue;
    // Most candidates are worse than the last of the best: one or two comparisons each.
    if (best.length === count) {
      const last = bestShared[count - 1]!;
      if (shared < last || (shared === last && before(at, shared, best[count - 1]!, last) >= 0)) continue;
    }
    if (entries[at]!.id === entry.id) continue;
    let place = Math.min(best.length, count - 1);
    while (place > 0 && before(at, shared, best[place - 1]!, bestShared[place - 1]!) < 0) place--;
    best.splice(place, 0, at);
    bestShared.splice(place, 0, shared);
    if (best.length > count) {
      best.pop();
      bestShared.pop();
    }
  }
  return best.map((at) => entries[at]!);
}

/** The entries, and each one's topics and demands as bits: `words` 32-bit words an entry. */
export interface RelatedIndex<T> {
  entries: readonly T[];
  /** The bit of each topic and demand. */
  bits: Map<string, number>;
  words: number;
  masks: Uint32Array;
}

const keysOf = (entry: Relatable) => [
  ...entry.topics.map((topic) => `topic:${topic}`),
  ...entry.demands.map((demand) => `demand:${demand}`),
];

export function relatedIndex<T extends Relatable>(entries: readonly T[]): RelatedIndex<T> {
  const bits = new Map<string, number>();
  for (const entry of entries) for (const key of keysOf(entry)) if (!bits.has(key)) bits.set(key, bits.size);
  const words = Math.max(1, Math.ceil(bits.size / 32));
  const index = { entries, bits, words, masks: new Uint32Array(entries.length * words) };
  entries.forEach((entry, at) => index.masks.set(maskOf(entry, index), at * words));
  return index;
}

/** An entry's topics and demands as bits; one the index has never seen is shared by no entry. */
function maskOf(
  entry: Relatable,
  { bits, words }: Pick<RelatedIndex<Relatable>, "bits" | "words">,
): Uint32Array {
  const mask = new Uint32Array(words);
  for (const key of keysOf(entry)) {
    const bit = bits.get(key);
    if (bit !== undefined) mask[bit >>> 5]! |= 1 << (bit & 31);
  }
  return mask;
}

/** How many bits of a 32-bit word are set. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
