import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMp4Family, mediaMetadata } from "../../src/lib/video-metadata";
import { mediaType } from "../../src/lib/media-types";
import { formatMegabytes } from "../../src/lib/numbers";

/** An MP4 box: a 32-bit size, a four-letter type and its content. */
function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(body.length + 8);
  header.write(type, 4, "latin1");
  return Buffer.concat([header, body]);
}

const ftyp = box("ftyp", Buffer.from("isom\0\0\0\0isommp41", "latin1"));
const place = box("\u00a9xyz", Buffer.from("\0\u0011\u0015\u00c7+51.5074-000.1278/", "latin1"));

describe("mediaMetadata", () => {
  it("finds the place an Android phone writes (©xyz in moov/udta)", () => {
    const file = Buffer.concat([ftyp, box("moov", box("udta", place)), box("mdat", Buffer.alloc(64))]);
    expect(mediaMetadata(file)).toEqual({ location: ["GPS position"], device: [] });
  });

  it("finds what an iPhone writes: place, make and model as QuickTime keys", () => {
    const file = readFileSync(new URL("../fixtures/media/iphone-clip.mp4", import.meta.url));
    expect(mediaMetadata(file)).toEqual({
      location: ["GPS position"],
      device: ["camera make", "camera model"],
    });
  });

  it("reads only the moov box, so picture and sound data cannot match by chance", () => {
    const file = Buffer.concat([ftyp, box("mdat", place), box("moov", box("mvhd", Buffer.alloc(16)))]);
    expect(mediaMetadata(file)).toEqual({ location: [], device: [] });
  });

  it("follows a box with a 64-bit size to the moov box after it", () => {
    const large = Buffer.alloc(16 + 32);
    large.writeUInt32BE(1);
    large.write("mdat", 4, "latin1");
    large.writeBigUInt64BE(BigInt(large.length), 8);
    const file = Buffer.concat([ftyp, large, box("moov", box("udta", place))]);
    expect(mediaMetadata(file).location).toEqual(["GPS position"]);
  });

  it("finds nothing in a clean clip, an MP3 or a truncated file", () => {
    const clean = readFileSync(
      new URL("../fixtures/site/content/statements/en/media/clip.mp4", import.meta.url),
    );
    expect(mediaMetadata(clean)).toEqual({ location: [], device: [] });
    const mp3 = readFileSync(
      new URL("../fixtures/site/content/statements/en/media/speech.mp3", import.meta.url),
    );
    expect(isMp4Family(mp3)).toBe(false);
    expect(mediaMetadata(mp3)).toEqual({ location: [], device: [] });
    expect(mediaMetadata(ftyp.subarray(0, 12))).toEqual({ location: [], device: [] });
  });
});

describe("mediaType and formatMegabytes", () => {
  it("names the type a browser needs to choose a source", () => {
    expect(mediaType("/_astro/march.Bx1.mp4")).toBe("video/mp4");
    expect(mediaType("/_astro/speech.Ab2.MP3")).toBe("audio/mpeg");
    expect(mediaType("/_astro/talk.Zz9.opus")).toBe("audio/ogg");
    expect(mediaType("/_astro/talk.mov")).toBeUndefined();
  });

  it("spells the size out in the reader's language", () => {
    expect(formatMegabytes(12_340_000, "en")).toBe("12.3 megabytes");
    expect(formatMegabytes(12_340_000, "es")).toBe("12,3 megabytes");
    expect(formatMegabytes(20_000, "ar")).toBe("0.1 ميغابايت");
  });
});
