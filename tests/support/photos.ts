import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { IMAGE_EXTENSIONS, metadataBlocks } from "../../src/lib/image-metadata.ts";

/**
 * Small images carrying real EXIF and XMP, written by libvips (through sharp) the way a phone or
 * photo editor writes them, so the metadata tests read what editors' files really hold.
 */

export type PhotoFormat = "jpeg" | "png" | "webp";

/** What a phone writes: where, with what, when. Orientation 6: held upright, stored on its side. */
export const PHONE_EXIF = {
  IFD0: { Make: "Google", Model: "Pixel 8", Software: "HDR+ 1.0" },
  IFD2: {
    DateTimeOriginal: "2025:01:20 14:03:00",
    BodySerialNumber: "38241FDJH004TQ",
    LensModel: "Pixel 8 back camera",
  },
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "40/1 42/1 4272/100",
    GPSLongitudeRef: "W",
    GPSLongitude: "74/1 0/1 2160/100",
  },
};

/** An XMP packet with the same position and phone, as photo editors copy them. */
export const PHONE_XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:tiff="http://ns.adobe.com/tiff/1.0/" exif:GPSLatitude="40,42.712N" exif:GPSLongitude="74,0.36W" tiff:Make="Google" tiff:Model="Pixel 8"/></rdf:RDF></x:xmpmeta>`;

/** Metadata that says nothing about place or device: a caption and a copyright. */
export const HARMLESS_EXIF = { IFD0: { ImageDescription: "Marchers with a banner", Copyright: "CC BY 4.0" } };
export const HARMLESS_XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">CC BY 4.0</rdf:li></rdf:Alt></dc:rights></rdf:Description></rdf:RDF></x:xmpmeta>`;

interface PhotoOptions {
  exif?: Record<string, Record<string, string>>;
  xmp?: string;
  /** 1 to 8, as EXIF's Orientation; also embeds sharp's sRGB colour profile. */
  orientation?: number;
}

/** A 24×16 picture with a gradient, so pixel comparisons mean something. */
export async function photo(format: PhotoFormat, options: PhotoOptions = {}): Promise<Buffer> {
  const width = 24;
  const height = 16;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) pixels.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256], i * 3);
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (options.exif) image = image.withExif(options.exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.xmp) image = image.withXmp(options.xmp);
  return image.toFormat(format).toBuffer();
}

/** A phone photo: GPS, make, model, serial number, time, an XMP copy, turned 90°, with a colour profile. */
export const phonePhoto = (format: PhotoFormat) =>
  photo(format, { exif: PHONE_EXIF, xmp: PHONE_XMP, orientation: 6 });

/** The decoded pixels, as stored (before orientation is applied). */
export const pixelsOf = (bytes: Buffer) => sharp(bytes).raw().toBuffer();

export const sharpMetadata = (bytes: Buffer) => sharp(bytes).metadata();

/** Every image under a folder, with the kinds of metadata each still carries; empty when clean. */
export function imagesWithMetadata(folder: string): { files: string[]; withMetadata: string[] } {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => IMAGE_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase()))
    .sort();
  const withMetadata = files.flatMap((file) => {
    const kinds = [
      ...new Set(metadataBlocks(readFileSync(path.join(folder, file))).map((block) => block.kind)),
    ];
    return kinds.length > 0 ? [`${file}: ${kinds.join(", ")}`] : [];
  });
  return { files, withMetadata };
}
