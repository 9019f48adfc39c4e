import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  LEAFLET_FACES,
  leafletFaceCacheKey,
  leafletFacesFor,
  leafletFaceWoff2,
  leafletFontFaces,
  unicodeRange,
} from "../../src/build/leaflet-fonts";

const cacheDir = mkdtempSync(path.join(tmpdir(), "leaflet-fonts-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const [latin, , arabic] = LEAFLET_FACES;

describe("the leaflet fonts", () => {
  it("name their blocks as a CSS unicode-range", () => {
    expect(
      unicodeRange([
        [0x20, 0x7e],
        [0x2212, 0x2212],
      ]),
    ).toBe("U+20-7E,U+2212");
  });

  it("are declared so a sheet fetches only the faces its script needs", () => {
    const css = leafletFontFaces();
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain('font-family:"Leaflet Sans";src:url("noto-sans-400.woff2") format("woff2")');
    expect(css).toContain('src:url("noto-sans-arabic-800.woff2") format("woff2");font-weight:551 1000');
    // The Latin faces stop short of Arabic; the Arabic faces cover the Latin that Arabic text uses.
    expect(css).not.toMatch(/Leaflet Sans[^}]*U\+6/);
    expect(css).toMatch(/Leaflet Arabic[^}]*unicode-range:U\+20-7E[^}]*U\+600-6FF/);
  });

  it("are preloaded by script: Latin faces for English and Spanish, Arabic for Arabic, none for Russian", () => {
    const names = (lang: string) => leafletFacesFor(lang).map((face) => face.name);
    expect(names("en")).toEqual(["noto-sans-400", "noto-sans-800"]);
    expect(names("es")).toEqual(names("en"));
    expect(names("ar")).toEqual(["noto-sans-arabic-400", "noto-sans-arabic-800"]);
    expect(names("ru")).toEqual([]);
  });

  it.each(LEAFLET_FACES.map((face) => [face.name, face] as const))(
    "cuts %s down to a WOFF2 file of under 70 KB, and caches it",
    async (name, face) => {
      const woff2 = await leafletFaceWoff2(face, cacheDir);
      expect(Buffer.from(woff2.subarray(0, 4)).toString("latin1")).toBe("wOF2");
      expect(woff2.byteLength).toBeGreaterThan(20_000);
      expect(woff2.byteLength).toBeLessThan(70_000);
      const cached = readdirSync(cacheDir).filter((file) => file.startsWith(`${name}-`));
      expect(cached).toEqual([`${name}-${leafletFaceCacheKey(face)}.woff2`]);
      expect(readFileSync(path.join(cacheDir, cached[0] ?? ""))).toEqual(Buffer.from(woff2));
    },
  );

  it("caches by the font's bytes and blocks, so a change makes a new file", () => {
    if (!latin || !arabic) throw new Error("no faces");
    const fewer = { ...latin, blocks: latin.blocks.slice(1) };
    expect(leafletFaceCacheKey(fewer)).not.toBe(leafletFaceCacheKey(latin));
    const otherFont = { ...latin, source: arabic.source };
    expect(leafletFaceCacheKey(otherFont)).not.toBe(leafletFaceCacheKey(latin));
  });

  it("cuts a face again when its cached file is damaged", async () => {
    if (!arabic) throw new Error("no faces");
    const dir = mkdtempSync(path.join(cacheDir, "damaged-"));
    const file = path.join(dir, `${arabic.name}-${leafletFaceCacheKey(arabic)}.woff2`);
    writeFileSync(file, "half a fi");
    const woff2 = await leafletFaceWoff2(arabic, dir);
    expect(Buffer.from(woff2.subarray(0, 4)).toString("latin1")).toBe("wOF2");
    expect(readFileSync(file)).toEqual(Buffer.from(woff2));
  });
});
