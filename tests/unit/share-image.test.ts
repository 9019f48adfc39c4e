import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cachedShareImage,
  layoutShareTitle,
  layoutTitle,
  renderShareImage,
  shareImageCacheKey,
  shareImageSvg,
  type MeasureText,
  type ShareCard,
} from "../../src/build/share-image/index.ts";

const site = { siteName: "International Action Center", address: "example.org/campaign" };

const english: ShareCard = {
  ...site,
  lang: "en",
  dir: "ltr",
  kicker: "Statement",
  title: "After the ceasefire, keep mobilizing for Palestine",
};
const arabicMixed: ShareCard = {
  ...site,
  lang: "ar",
  dir: "rtl",
  kicker: "بيان",
  title: "التعبئة من أجل فلسطين (IAC) 2025",
};
const spanish: ShareCard = {
  ...site,
  lang: "es",
  dir: "ltr",
  kicker: "Comunicado",
  title: "Después del alto el fuego, sigamos movilizándonos por Palestina en cada barrio y ciudad ya",
};
const longTitle = Array.from({ length: 40 }, (_, index) => `word${index}`).join(" ");

/** Reads a PNG's header independently of the code under test. */
function pngHeader(bytes: Uint8Array): { signature: boolean; chunk: string; width: number; height: number } {
  const buffer = Buffer.from(bytes);
  return {
    signature: buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    chunk: buffer.subarray(12, 16).toString("latin1"),
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
  };
}

describe("renderShareImage", () => {
  it("renders cards started at the same time (the wasm module is initialised once)", async () => {
    const pngs = await Promise.all([renderShareImage(english), renderShareImage(arabicMixed)]);
    expect(pngs.map((png) => pngHeader(png).signature)).toEqual([true, true]);
  });

  it.each([
    ["English", english],
    ["Arabic with Latin and digits", arabicMixed],
    ["Spanish, 90 characters", spanish],
  ])("renders a %s card as a 1200×630 PNG under 300 KB", async (_, card) => {
    const png = await renderShareImage(card);
    expect(pngHeader(png)).toEqual({ signature: true, chunk: "IHDR", width: 1200, height: 630 });
    expect(png.byteLength).toBeLessThan(300 * 1024);
  });

  it("draws the title: a different title gives different pixels, the same card the same bytes", async () => {
    const first = await renderShareImage(english);
    const again = await renderShareImage(english);
    const other = await renderShareImage({ ...english, title: "Stop arming Israel" });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });

  it("renders XML special characters in the text without throwing", async () => {
    const card: ShareCard = { ...english, title: `Jobs & "Justice" <now>`, kicker: "Rock 'n' roll" };
    const png = await renderShareImage(card);
    expect(pngHeader(png).signature).toBe(true);
    const svg = await shareImageSvg(card);
    expect(svg).toContain("Jobs &amp; &quot;Justice&quot; &lt;now&gt;");
    expect(svg).toContain("ROCK &apos;N&apos; ROLL");
  });
});

describe("shareImageSvg", () => {
  it("sets Arabic lines right to left, in isolates, at the right margin, Arabic font first", async () => {
    const svg = await shareImageSvg(arabicMixed);
    const titleLine = svg.split("\n").find((line) => line.includes("فلسطين"));
    expect(titleLine).toBeDefined();
    expect(titleLine).toContain('direction="rtl"');
    expect(titleLine).toContain('text-anchor="end"');
    expect(titleLine).toContain('x="1136"');
    expect(titleLine).toContain('font-family="Noto Sans Arabic, Noto Sans"');
    expect(titleLine).toMatch(/>\u2067[^<]*\u2069<\/text>/u);
  });

  it("keeps the address left to right on an Arabic card, at the left margin", async () => {
    const svg = await shareImageSvg(arabicMixed);
    const addressLine = svg.split("\n").find((line) => line.includes("example.org/campaign"));
    expect(addressLine).toContain('direction="ltr"');
    expect(addressLine).toContain('x="64"');
    expect(addressLine).toContain('text-anchor="start"');
  });

  it("uppercases a Latin kicker but leaves an Arabic one alone", async () => {
    expect(await shareImageSvg(english)).toContain("STATEMENT");
    expect(await shareImageSvg(arabicMixed)).toContain(">\u2067بيان\u2069<");
  });
});

describe("layoutTitle", () => {
  // Every character half an em wide: easy to reason about.
  const measure: MeasureText = (text, fontSize) => text.length * fontSize * 0.5;

  it("keeps a short title on one line at the largest size", () => {
    expect(layoutTitle("Free Palestine", measure)).toEqual({
      lines: ["Free Palestine"],
      fontSize: 80,
      truncated: false,
    });
  });

  it("steps the size down until the title fits in four lines", () => {
    // 27 characters fit per line at 80px (27 × 40 = 1080), 31 at 68px.
    const title = Array.from({ length: 12 }, () => "abcdefghi").join(" ");
    const layout = layoutTitle(title, measure);
    expect(layout.fontSize).toBe(68);
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines.join(" ")).toBe(title);
  });

  it("cuts a title that does not fit at the smallest size at a word and ends it with …", () => {
    const layout = layoutTitle(longTitle.repeat(2), measure);
    expect(layout.fontSize).toBe(50);
    expect(layout.truncated).toBe(true);
    expect(layout.lines).toHaveLength(4);
    expect(layout.lines.at(-1)).toMatch(/ word\d+…$/u);
    for (const line of layout.lines) expect(measure(line, 50)).toBeLessThanOrEqual(1072);
  });

  it("drops a separator before the … but keeps a closing bracket", () => {
    // 5px per character at size 10: 14 characters fit in 70px.
    const oneLine = { maxWidth: 70, maxLines: 1, fontSizes: [10] };
    expect(layoutTitle("alpha, beta, gamma, delta", measure, oneLine).lines).toEqual(["alpha, beta…"]);
    expect(layoutTitle("(IAC) (IAC) (IAC)", measure, oneLine).lines).toEqual(["(IAC) (IAC)…"]);
  });

  it("splits a word wider than a line instead of overflowing", () => {
    const layout = layoutTitle("x".repeat(60), measure, { maxWidth: 500 });
    for (const line of layout.lines) expect(measure(line, layout.fontSize)).toBeLessThanOrEqual(500);
    expect(layout.lines.join("")).toBe("x".repeat(60));
  });
});

describe("layoutShareTitle (real fonts)", () => {
  it("fits a 200-character title into four lines ending with …", async () => {
    const title = `${longTitle} ${longTitle}`.slice(0, 200);
    expect(title).toHaveLength(200);
    const layout = await layoutShareTitle({ ...english, title });
    expect(layout.lines.length).toBeLessThanOrEqual(4);
    expect(layout.truncated).toBe(true);
    expect(layout.lines.at(-1)?.endsWith("…")).toBe(true);
    // What is shown is the start of the title, cut between words.
    const shown = layout.lines.join(" ").slice(0, -1);
    expect(title.startsWith(shown)).toBe(true);
    expect(title[shown.length]).toBe(" ");
  });

  it("keeps the English sample at the largest size", async () => {
    const layout = await layoutShareTitle(english);
    expect(layout).toMatchObject({ fontSize: 80, truncated: false });
    expect(layout.lines.join(" ")).toBe(english.title);
  });
});

describe("cachedShareImage", () => {
  let cacheRoot: string;
  beforeAll(async () => {
    cacheRoot = await mkdtemp(join(tmpdir(), "share-image-test-"));
  });
  afterAll(async () => {
    await rm(cacheRoot, { recursive: true, force: true });
  });

  it("renders once, then serves the stored file without rendering again", async () => {
    const cacheDir = join(cacheRoot, "not", "yet", "there");
    const file = join(cacheDir, `${shareImageCacheKey(english)}.png`);

    const first = await cachedShareImage(english, cacheDir);
    expect(Buffer.from(await readFile(file)).equals(Buffer.from(first))).toBe(true);
    // Made a day old, so that reading it again visibly marks it as used by this build, which
    // keeps it when the build clears out what no page used.
    const dayAgo = new Date(Date.now() - 86_400_000);
    await utimes(file, dayAgo, dayAgo);

    const second = await cachedShareImage(english, cacheDir);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect((await stat(file)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);

    // A stand-in under the card's name comes back as is: proof nothing was rendered.
    const standIn = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await writeFile(file, standIn);
    expect(Array.from(await cachedShareImage(english, cacheDir))).toEqual(Array.from(standIn));
  });

  it("stores a changed title under a different file, and leaves no temporary files", async () => {
    const cacheDir = join(cacheRoot, "changes");
    await cachedShareImage(english, cacheDir);
    const changed = { ...english, title: `${english.title}!` };
    expect(shareImageCacheKey(changed)).not.toBe(shareImageCacheKey(english));
    await cachedShareImage(changed, cacheDir);
    expect((await readdir(cacheDir)).sort()).toEqual(
      [`${shareImageCacheKey(english)}.png`, `${shareImageCacheKey(changed)}.png`].sort(),
    );
  });

  it("keys on the card's content, not on its key order or extra properties", () => {
    const reordered = Object.fromEntries(Object.entries(english).reverse()) as unknown as ShareCard;
    const withExtra = { ...english, slug: "after-the-ceasefire" };
    expect(shareImageCacheKey(reordered)).toBe(shareImageCacheKey(english));
    expect(shareImageCacheKey(withExtra)).toBe(shareImageCacheKey(english));
    expect(shareImageCacheKey({ ...english, dir: "rtl" })).not.toBe(shareImageCacheKey(english));
    const { kicker: _, ...withoutKicker } = english;
    expect(shareImageCacheKey(withoutKicker)).not.toBe(shareImageCacheKey(english));
  });

  it("renders again when the stored file is not a PNG", async () => {
    const cacheDir = join(cacheRoot, "broken");
    await cachedShareImage(english, cacheDir);
    const file = join(cacheDir, `${shareImageCacheKey(english)}.png`);
    await writeFile(file, "not a png");
    const png = await cachedShareImage(english, cacheDir);
    expect(pngHeader(png)).toMatchObject({ signature: true, width: 1200, height: 630 });
    expect(pngHeader(await readFile(file)).signature).toBe(true);
  });
});
