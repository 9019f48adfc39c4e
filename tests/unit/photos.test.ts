import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { crc32 } from "node:zlib";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-checks/check-content";
import { checkPhotos } from "../../src/content-checks/photos";
import { displayPath } from "../../src/content-checks/problems";
import {
  ImageFormatError,
  exifOrientation,
  metadataBlocks,
  privateMetadata,
  stripMetadata,
} from "../../src/lib/image-metadata";
import sharp from "sharp";
import {
  HARMLESS_EXIF,
  PHONE_EXIF,
  HARMLESS_XMP,
  PHONE_XMP,
  phonePhoto,
  photo,
  pixelsOf,
  sharpMetadata,
  type PhotoFormat,
} from "../support/photos";
import { testSettings } from "./support/content-folder";

const FORMATS: PhotoFormat[] = ["jpeg", "png", "webp"];

describe("reading metadata", () => {
  it.each(FORMATS)(
    "finds the position, phone, serial number and time in a %s phone photo",
    async (format) => {
      const found = privateMetadata(await phonePhoto(format));
      expect(found).toEqual(
        expect.arrayContaining([
          { kind: "location", what: "GPS position", where: "EXIF" },
          { kind: "device", what: "camera make and model", where: "EXIF" },
          { kind: "device", what: "serial number", where: "EXIF" },
          { kind: "device", what: "lens make and model", where: "EXIF" },
          { kind: "time", what: "time taken", where: "EXIF" },
        ]),
      );
      expect(metadataBlocks(await phonePhoto(format)).map((block) => block.kind)).toEqual(["EXIF", "XMP"]);
    },
  );

  it.each(FORMATS)("finds a position and phone written only in XMP (%s)", async (format) => {
    expect(privateMetadata(await photo(format, { xmp: PHONE_XMP }))).toEqual([
      { kind: "location", what: "GPS position", where: "XMP" },
      { kind: "device", what: "camera make and model", where: "XMP" },
    ]);
  });

  it.each(FORMATS)("finds nothing private in a caption and a copyright (%s)", async (format) => {
    const bytes = await photo(format, { exif: HARMLESS_EXIF, xmp: HARMLESS_XMP });
    expect(metadataBlocks(bytes).map((block) => block.kind)).toEqual(["EXIF", "XMP"]);
    expect(privateMetadata(bytes)).toEqual([]);
  });

  it("finds place names in IPTC records", async () => {
    const jpeg = await photo("jpeg");
    // Photoshop's APP13: an 8BIM resource 0x0404 holding IIM record 2:90 (city).
    const city = Buffer.from("Brooklyn", "latin1");
    const iim = Buffer.concat([Buffer.from([0x1c, 0x02, 0x5a, 0x00, city.length]), city]);
    const resource = Buffer.concat([
      Buffer.from("8BIM\x04\x04\0\0", "latin1"),
      Buffer.from([0, 0, 0, iim.length]),
      iim,
      Buffer.alloc(iim.length % 2),
    ]);
    const data = Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resource]);
    const segment = Buffer.concat([Buffer.from([0xff, 0xed, 0, data.length + 2]), data]);
    const bytes = Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
    expect(privateMetadata(bytes)).toEqual([{ kind: "location", what: "place names", where: "IPTC" }]);
    expect(stripMetadata(bytes).bytes.equals(jpeg)).toBe(true);
  });

  it("finds EXIF that ImageMagick wrote into a PNG as hexadecimal text", async () => {
    const png = await photo("png");
    const exif = metadataBlocks(await phonePhoto("jpeg")).find((block) => block.kind === "EXIF")!.payload;
    const text = `Raw profile type exif\0\nexif\n${exif.length + 6}\n${Buffer.concat([Buffer.from("Exif\0\0"), exif]).toString("hex")}\n`;
    const data = Buffer.from(text, "latin1");
    const chunk = Buffer.concat([Buffer.alloc(4), Buffer.from("tEXt"), data, Buffer.alloc(4)]);
    chunk.writeUInt32BE(data.length, 0);
    chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
    const idat = png.indexOf("IDAT") - 4;
    const bytes = Buffer.concat([png.subarray(0, idat), chunk, png.subarray(idat)]);
    expect(privateMetadata(bytes).map((finding) => finding.what)).toContain("GPS position");
    const clean = stripMetadata(bytes);
    expect([clean.removed, clean.keptOrientation]).toEqual([["EXIF"], 6]);
    expect(privateMetadata(clean.bytes)).toEqual([]);
  });

  it("finds a phone's second image appended after the end of a JPEG", async () => {
    const bytes = Buffer.concat([await photo("jpeg"), await phonePhoto("jpeg")]);
    expect(metadataBlocks(bytes).map((block) => block.kind)).toEqual(["trailer"]);
    expect(privateMetadata(bytes).map((finding) => finding.what)).toContain("GPS position");
  });

  it("refuses a damaged file rather than pass it", async () => {
    const jpeg = await phonePhoto("jpeg");
    expect(() => privateMetadata(jpeg.subarray(0, jpeg.length - 40))).toThrow(ImageFormatError);
    expect(() => privateMetadata(Buffer.from("not an image"))).toThrow(ImageFormatError);
  });
});

describe("files other software wrote", () => {
  const fixture = (name: string) => readFileSync(`tests/fixtures/photos/${name}`);

  it("finds every kind in a JPEG ExifTool added IPTC, XMP, a comment and a thumbnail to", async () => {
    const original = fixture("exiftool-phone.jpg");
    const found = privateMetadata(original);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: "location", what: "GPS position", where: "EXIF" },
        { kind: "location", what: "place names", where: "IPTC" },
        { kind: "location", what: "place names", where: "XMP" },
        { kind: "device", what: "camera make and model", where: "EXIF" },
      ]),
    );
    const { bytes, removed } = stripMetadata(original);
    expect(removed).toEqual(["EXIF", "IPTC", "XMP", "comment"]);
    expect(privateMetadata(bytes)).toEqual([]);
    expect(await pixelsOf(bytes)).toEqual(await pixelsOf(original));
  });

  it("finds make, model and position in a TIFF's own tags, and asks for a JPEG", () => {
    expect(privateMetadata(fixture("exiftool-gps.tiff")).map((finding) => finding.what)).toEqual([
      "GPS position",
      "camera make and model",
    ]);
    expect(() => stripMetadata(fixture("exiftool-gps.tiff"))).toThrow(/export this TIFF again as JPEG/);
  });

  it("finds the EXIF item in an AVIF", async () => {
    const avif = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#c33" } })
      .withExif({ IFD0: PHONE_EXIF.IFD0, IFD3: PHONE_EXIF.IFD3 })
      .avif()
      .toBuffer();
    expect(privateMetadata(avif).map((finding) => finding.what)).toEqual([
      "GPS position",
      "camera make and model",
    ]);
    expect(() => stripMetadata(avif)).toThrow(/export this AVIF again as JPEG/);
  });

  it("reads a progressive JPEG's scans whole", async () => {
    const original = await sharp(await phonePhoto("jpeg"))
      .jpeg({ progressive: true })
      .keepMetadata()
      .toBuffer();
    expect(privateMetadata(original).map((finding) => finding.what)).toContain("GPS position");
    const { bytes } = stripMetadata(original);
    expect(privateMetadata(bytes)).toEqual([]);
    expect(await pixelsOf(bytes)).toEqual(await pixelsOf(original));
  });
});

describe("removing metadata", () => {
  it.each(FORMATS)(
    "leaves a %s phone photo nothing private, the same pixels, colour profile and orientation",
    async (format) => {
      const original = await phonePhoto(format);
      const { bytes, removed, keptOrientation } = stripMetadata(original);
      expect(removed).toEqual(["EXIF", "XMP"]);
      expect(privateMetadata(bytes)).toEqual([]);
      expect(keptOrientation).toBe(6);
      // The only block left is the orientation, alone in its EXIF.
      expect(metadataBlocks(bytes).map((block) => block.kind)).toEqual(["EXIF"]);
      expect(exifOrientation(metadataBlocks(bytes))).toBe(6);
      expect(await pixelsOf(bytes)).toEqual(await pixelsOf(original));
      const before = await sharpMetadata(original);
      const after = await sharpMetadata(bytes);
      expect(before.icc?.length).toBeGreaterThan(0);
      expect(after.icc).toEqual(before.icc);
      expect(after.orientation).toBe(6);
      expect(after.xmp).toBeUndefined();
      expect([after.width, after.height]).toEqual([before.width, before.height]);
    },
  );

  it.each(FORMATS)("removes every block from an upright %s photo", async (format) => {
    const original = await photo(format, { exif: HARMLESS_EXIF, xmp: HARMLESS_XMP });
    const { bytes, keptOrientation } = stripMetadata(original);
    expect(keptOrientation).toBeUndefined();
    expect(metadataBlocks(bytes)).toEqual([]);
    expect(await pixelsOf(bytes)).toEqual(await pixelsOf(original));
    expect(stripMetadata(bytes).bytes.equals(bytes)).toBe(true);
  });

  it("drops what a phone appends after a JPEG's end", async () => {
    const jpeg = await photo("jpeg");
    expect(stripMetadata(Buffer.concat([jpeg, await phonePhoto("jpeg")])).bytes.equals(jpeg)).toBe(true);
  });

  it("refuses formats it cannot clean without re-encoding", () => {
    const tiff = Buffer.from("MM\0*\0\0\0\x08\0\0\0\0\0\0", "latin1");
    expect(() => stripMetadata(tiff)).toThrow(/export this TIFF again as JPEG/);
  });
});

describe("the content check and npm run clean-photos", () => {
  let dir = "";
  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(os.tmpdir(), "photos-")), "content");
  });
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  function write(relative: string, contents: Buffer): string {
    const file = path.join(dir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
    return file;
  }

  const cleanPhotos = (...args: string[]) =>
    execFileSync(process.execPath, ["scripts/clean-photos.ts", ...args], { encoding: "utf8" });

  it("refuses a phone photo, names what it carries and the command that removes it", async () => {
    const file = write("statements/en/images/march.jpg", await phonePhoto("jpeg"));
    expect(checkPhotos(dir)).toEqual([
      {
        file: displayPath(file),
        message: `carries GPS position, camera make and model, serial number and lens make and model (in its EXIF and XMP metadata): anyone who downloads it from the repository can read them. Remove all its metadata, keeping the picture exactly as it is, with: npm run clean-photos -- --write ${displayPath(file)}`,
      },
    ]);
  });

  it("checks images no entry uses, and parked ones, in every format", async () => {
    write("_drafts/old.png", await phonePhoto("png"));
    write("pages/en/team.webp", await photo("webp", { xmp: PHONE_XMP }));
    write("statements/en/images/banner.jpg", await photo("jpeg", { exif: HARMLESS_EXIF, xmp: HARMLESS_XMP }));
    expect(checkPhotos(dir).map((problem) => problem.file)).toEqual([
      displayPath(path.join(dir, "_drafts/old.png")),
      displayPath(path.join(dir, "pages/en/team.webp")),
    ]);
  });

  it("refuses a file that is not the image its name says", () => {
    const file = write("statements/en/images/march.jpg", Buffer.from("<html>not a photo</html>"));
    expect(checkPhotos(dir)).toEqual([
      {
        file: displayPath(file),
        message:
          "cannot be read as an image: is not a JPEG, PNG, WebP, TIFF, AVIF, HEIC or GIF image. Export it again from a photo editor.",
      },
    ]);
  });

  it("is part of the content check", async () => {
    write("statements/en/images/march.jpg", await phonePhoto("jpeg"));
    const problems = checkContent(dir, testSettings()).problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^carries GPS position/),
    ]);
  });

  it("asks for a new export of a HEIC photo, which cannot be cleaned in place", () => {
    // A HEIF file's EXIF item: "Exif\0\0", then a TIFF structure naming the camera's make.
    const tiff = Buffer.from("MM\0*\0\0\0\x08\0\x01\x01\x0f\0\x02\0\0\0\x02A\0\0\0\0\0\0\0", "latin1");
    const heic = Buffer.concat([
      Buffer.from("\0\0\0\x18ftypheic\0\0\0\0mif1heic", "latin1"),
      Buffer.from("Exif\0\0"),
      tiff,
    ]);
    write("statements/en/images/march.heic", heic);
    expect(checkPhotos(dir)[0]?.message).toMatch(
      /^carries camera make and model \(in its EXIF metadata\).*export it again as JPEG/,
    );
  });

  it("shows what it would remove without changing anything, then removes it with --write", async () => {
    const original = await phonePhoto("jpeg");
    const march = write("statements/en/images/march.jpg", original);
    const banner = write("statements/en/images/banner.png", await photo("png"));

    const preview = cleanPhotos(dir);
    expect(preview).toContain(`1 of 2 images carry metadata:`);
    expect(preview).toContain(displayPath(march));
    expect(preview).toContain("GPS position, camera make and model");
    expect(preview).toContain("Nothing was changed.");
    expect(readFileSync(march).equals(original)).toBe(true);

    const written = cleanPhotos("--write", march);
    expect(written).toContain(`(1/1) ✔ ${displayPath(march)}`);
    expect(written).toContain("removed its EXIF and XMP metadata");
    expect(written).toContain("orientation (turned 90° clockwise)");
    expect(checkPhotos(dir)).toEqual([]);
    expect(await pixelsOf(readFileSync(march))).toEqual(await pixelsOf(original));
    expect(readFileSync(banner).length).toBeGreaterThan(0);
    expect(cleanPhotos(dir)).toContain("2 images checked: none carries metadata to remove.");
  });
});
