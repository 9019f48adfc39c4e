import { crc32, inflateSync } from "node:zlib";
import exifReader from "exif-reader";

/**
 * Metadata in image files, read and removed without decoding a pixel.
 *
 * A phone photo carries where it was taken (GPS), the phone's make, model and serial number, and
 * when; in a public repository that identifies people. This module finds those blocks in JPEG,
 * PNG and WebP files and removes them losslessly, segment by segment, so the pixels stay
 * byte-for-byte the same. TIFF, AVIF and HEIC are read but not rewritten: their metadata is
 * woven into the file's index, so the editor is asked to export the photo again instead.
 *
 * Synchronous on purpose: the content checker is, and it reads every image in content/.
 * exif-reader (synchronous, no dependencies) interprets the EXIF block; XMP and IPTC are read
 * here, as text and as IIM records.
 */

export type ImageFormat = "jpeg" | "png" | "webp" | "tiff" | "avif" | "heic" | "gif";

/** The image files the site accepts, and those phones produce. */
export const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "heic", "heif", "tif", "tiff", "gif"];

/** What a metadata block is, in words an editor can read. */
export type BlockKind = "EXIF" | "XMP" | "IPTC" | "comment" | "text" | "trailer" | "other";

export interface MetadataBlock {
  kind: BlockKind;
  /** Where the block sits in the file, header included. */
  start: number;
  end: number;
  /** The block's content: the TIFF structure for EXIF, the XML for XMP, the record for IPTC. */
  payload: Buffer;
}

/** Sensitive things found in metadata. The checker refuses location and device. */
export type FindingKind = "location" | "device" | "time";

export interface Finding {
  kind: FindingKind;
  /** Such as "GPS position" or "camera make and model". */
  what: string;
  /** Which block it was in: EXIF, XMP or IPTC. */
  where: BlockKind;
}

const EXIF_HEADER = Buffer.from("Exif\0\0", "latin1");
const XMP_HEADER = Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1");
const XMP_EXTENSION_HEADER = Buffer.from("http://ns.adobe.com/xmp/extension/\0", "latin1");
const PHOTOSHOP_HEADER = Buffer.from("Photoshop 3.0\0", "latin1");
const ICC_HEADER = Buffer.from("ICC_PROFILE\0", "latin1");
const JFIF_HEADER = Buffer.from("JFIF\0", "latin1");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function imageFormat(bytes: Buffer): ImageFormat | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  const head = bytes.toString("latin1", 0, 4);
  if (head === "II*\0" || head === "MM\0*") return "tiff";
  if (bytes.toString("latin1", 4, 8) === "ftyp")
    return ["avif", "avis"].includes(bytes.toString("latin1", 8, 12)) ? "avif" : "heic";
  if (head === "GIF8") return "gif";
  return undefined;
}

/** Thrown when a file is not the image it claims to be, or is cut short. */
export class ImageFormatError extends Error {
  override name = "ImageFormatError";
}

const startsWith = (bytes: Buffer, at: number, header: Buffer) =>
  bytes.length >= at + header.length && bytes.subarray(at, at + header.length).equals(header);

// ── JPEG ─────────────────────────────────────────────────────────────────────────────────────────

interface JpegSegment {
  marker: number;
  start: number;
  end: number;
  /** After the marker and length. */
  data: Buffer;
}

/**
 * JPEG segments up to the end-of-image marker, and where that marker ends. Entropy-coded data
 * after a start-of-scan is skipped byte by byte (a 0xFF in it is followed by 0x00 or a restart
 * marker), so progressive files with several scans are read whole.
 */
function jpegSegments(bytes: Buffer): { segments: JpegSegment[]; imageEnd: number } {
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) {
      // Inside entropy-coded data: find the next real marker.
      const next = bytes.indexOf(0xff, at);
      if (next < 0) break;
      at = next;
      continue;
    }
    const marker = bytes[at + 1];
    if (marker === undefined) break;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // stuffed byte, restart marker or TEM: no length
      continue;
    }
    if (marker === 0xd9) return { segments, imageEnd: at + 2 };
    if (at + 4 > bytes.length) break;
    const length = bytes.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) break;
    segments.push({ marker, start: at, end, data: bytes.subarray(at + 4, end) });
    at = end;
  }
  throw new ImageFormatError("the JPEG file is cut short or damaged (no end-of-image marker)");
}

function jpegBlock(segment: JpegSegment): MetadataBlock | undefined {
  const { marker, data, start, end } = segment;
  const block = (kind: BlockKind, payload: Buffer = data): MetadataBlock => ({ kind, start, end, payload });
  if (marker === 0xe1 && startsWith(data, 0, EXIF_HEADER)) return block("EXIF", data.subarray(6));
  if (marker === 0xe1 && startsWith(data, 0, XMP_HEADER))
    return block("XMP", data.subarray(XMP_HEADER.length));
  if (marker === 0xe1 && startsWith(data, 0, XMP_EXTENSION_HEADER))
    return block("XMP", data.subarray(XMP_EXTENSION_HEADER.length + 40));
  if (marker === 0xed && startsWith(data, 0, PHOTOSHOP_HEADER)) return block("IPTC", data.subarray(14));
  if (marker === 0xfe) return block("comment");
  // Kept: JFIF (APP0), the colour profile (APP2 ICC_PROFILE), Adobe's colour transform (APP14),
  // which decoders need. Every other application segment is someone's metadata: multi-picture
  // indexes, maker data, content credentials, thumbnails.
  if (marker === 0xe0 && startsWith(data, 0, JFIF_HEADER)) return undefined;
  if (marker === 0xe2 && startsWith(data, 0, ICC_HEADER)) return undefined;
  if (marker === 0xee) return undefined;
  if (marker >= 0xe0 && marker <= 0xef) return block("other");
  return undefined;
}

function jpegBlocks(bytes: Buffer): MetadataBlock[] {
  const { segments, imageEnd } = jpegSegments(bytes);
  const blocks = segments.flatMap((segment) => jpegBlock(segment) ?? []);
  // Phones append a second image (depth map, HDR gain map, motion photo) after the end marker,
  // with metadata of its own.
  if (imageEnd < bytes.length && bytes.subarray(imageEnd).some((byte) => byte !== 0))
    blocks.push({ kind: "trailer", start: imageEnd, end: bytes.length, payload: bytes.subarray(imageEnd) });
  return blocks;
}

// ── PNG ──────────────────────────────────────────────────────────────────────────────────────────

interface PngChunk {
  type: string;
  start: number;
  end: number;
  data: Buffer;
}

function pngChunks(bytes: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const end = at + 12 + length;
    if (end > bytes.length) break;
    chunks.push({ type, start: at, end, data: bytes.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === "IEND") return chunks;
  }
  throw new ImageFormatError("the PNG file is cut short or damaged (no IEND chunk)");
}

/**
 * The ancillary chunks that change how the image is drawn. Every other ancillary chunk (its type
 * starts with a lowercase letter) is metadata: text, EXIF, times, private data. Critical chunks
 * (uppercase) are always kept.
 */
const PNG_IMAGE_CHUNKS = new Set([
  "IHDR",
  "PLTE",
  "IDAT",
  "IEND",
  "tRNS",
  "cHRM",
  "gAMA",
  "iCCP",
  "sBIT",
  "sRGB",
  "cICP",
  "mDCV",
  "cLLI",
  "bKGD",
  "pHYs",
  "acTL",
  "fcTL",
  "fdAT",
]);

function pngBlocks(bytes: Buffer): MetadataBlock[] {
  return pngChunks(bytes).flatMap((chunk): MetadataBlock[] => {
    if (PNG_IMAGE_CHUNKS.has(chunk.type) || /^[A-Z]/.test(chunk.type)) return [];
    const { start, end, data } = chunk;
    if (chunk.type === "eXIf") return [{ kind: "EXIF", start, end, payload: data }];
    const text = pngText(chunk);
    if (text?.keyword === "XML:com.adobe.xmp" || text?.value.includes("<x:xmpmeta"))
      return [{ kind: "XMP", start, end, payload: text.value }];
    const profile = text && /^Raw profile type /i.test(text.keyword) ? rawProfile(text.value) : undefined;
    if (
      profile &&
      (startsWith(profile, 0, EXIF_HEADER) || /^(II\*\0|MM\0\*)/.test(profile.toString("latin1", 0, 4)))
    )
      return [{ kind: "EXIF", start, end, payload: profile }];
    if (profile?.includes("<x:xmpmeta")) return [{ kind: "XMP", start, end, payload: profile }];
    if (text) return [{ kind: "text", start, end, payload: text.value }];
    return [{ kind: "other", start, end, payload: data }];
  });
}

/** A text chunk's keyword and text, inflated if compressed; undefined for other chunks. */
function pngText(chunk: PngChunk): { keyword: string; value: Buffer } | undefined {
  if (!["tEXt", "iTXt", "zTXt"].includes(chunk.type)) return undefined;
  const { data } = chunk;
  const nul = data.indexOf(0);
  const keyword = data.toString("latin1", 0, nul < 0 ? data.length : nul);
  const inflate = (bytes: Buffer) => {
    try {
      return inflateSync(bytes);
    } catch {
      return Buffer.alloc(0);
    }
  };
  if (chunk.type === "tEXt") return { keyword, value: data.subarray(nul + 1) };
  if (chunk.type === "zTXt") return { keyword, value: inflate(data.subarray(nul + 2)) };
  // iTXt: keyword\0 compressed? method language\0 translated keyword\0 text
  const language = data.indexOf(0, nul + 3);
  const translated = data.indexOf(0, language + 1);
  const text = data.subarray(translated + 1);
  return { keyword, value: data[nul + 1] === 1 ? inflate(text) : text };
}

/** ImageMagick keeps EXIF in PNG as text: "Raw profile type exif", a length, then hex. */
function rawProfile(value: Buffer): Buffer | undefined {
  const lines = value.toString("latin1").trim().split("\n");
  const hex = lines.slice(2).join("").replace(/\s/g, "");
  const bytes = Buffer.from(hex, "hex");
  return bytes.length > 0 ? bytes : undefined;
}

// ── WebP ─────────────────────────────────────────────────────────────────────────────────────────

function webpChunks(bytes: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  const riffEnd = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  let at = 12;
  while (at + 8 <= riffEnd) {
    const type = bytes.toString("latin1", at, at + 4);
    const length = bytes.readUInt32LE(at + 4);
    const end = at + 8 + length + (length % 2);
    if (at + 8 + length > bytes.length) throw new ImageFormatError("the WebP file is cut short or damaged");
    chunks.push({
      type,
      start: at,
      end: Math.min(end, bytes.length),
      data: bytes.subarray(at + 8, at + 8 + length),
    });
    at = end;
  }
  return chunks;
}

function webpBlocks(bytes: Buffer): MetadataBlock[] {
  return webpChunks(bytes).flatMap((chunk): MetadataBlock[] => {
    const { start, end, data } = chunk;
    if (chunk.type === "EXIF")
      return [
        { kind: "EXIF", start, end, payload: startsWith(data, 0, EXIF_HEADER) ? data.subarray(6) : data },
      ];
    if (chunk.type === "XMP ") return [{ kind: "XMP", start, end, payload: data }];
    return [];
  });
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Every metadata block in an image. For TIFF, AVIF and HEIC, where metadata cannot be cut out
 * as a block, the EXIF and XMP found in the file are returned with the whole file as their span.
 */
export function metadataBlocks(bytes: Buffer): MetadataBlock[] {
  switch (imageFormat(bytes)) {
    case "jpeg":
      return jpegBlocks(bytes);
    case "png":
      return pngBlocks(bytes);
    case "webp":
      return webpBlocks(bytes);
    case "tiff":
      return [{ kind: "EXIF", start: 0, end: bytes.length, payload: bytes }, ...embeddedXmp(bytes)];
    case "avif":
    case "heic":
    case "gif":
      return [...embeddedExif(bytes), ...embeddedXmp(bytes)];
    case undefined:
      throw new ImageFormatError("is not a JPEG, PNG, WebP, TIFF, AVIF, HEIC or GIF image");
  }
}

/** AVIF and HEIC store EXIF as an item starting "Exif\0\0" then the TIFF header. */
function embeddedExif(bytes: Buffer): MetadataBlock[] {
  const blocks: MetadataBlock[] = [];
  for (let at = bytes.indexOf(EXIF_HEADER); at >= 0; at = bytes.indexOf(EXIF_HEADER, at + 1)) {
    const head = bytes.toString("latin1", at + 6, at + 10);
    if (head === "II*\0" || head === "MM\0*")
      blocks.push({ kind: "EXIF", start: 0, end: bytes.length, payload: bytes.subarray(at + 6) });
  }
  return blocks;
}

function embeddedXmp(bytes: Buffer): MetadataBlock[] {
  const at = bytes.indexOf("<x:xmpmeta", 0, "latin1");
  if (at < 0) return [];
  const close = bytes.indexOf("</x:xmpmeta>", at, "latin1");
  return [
    { kind: "XMP", start: 0, end: bytes.length, payload: bytes.subarray(at, close < 0 ? undefined : close) },
  ];
}

/** The EXIF Orientation (1 to 8), or undefined when there is none or it cannot be read. */
export function exifOrientation(blocks: readonly MetadataBlock[]): number | undefined {
  for (const block of blocks) {
    if (block.kind !== "EXIF") continue;
    const orientation = readExif(block.payload)?.Image?.Orientation;
    if (typeof orientation === "number" && orientation >= 1 && orientation <= 8) return orientation;
  }
  return undefined;
}

function readExif(payload: Buffer): exifReader.Exif | undefined {
  try {
    return exifReader(payload);
  } catch {
    return undefined;
  }
}

const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");

function exifFindings(payload: Buffer): Finding[] {
  const exif = readExif(payload);
  // A block that cannot be read cannot be cleared: say so rather than let it pass.
  if (!exif) return [{ kind: "device", what: "unreadable EXIF data", where: "EXIF" }];
  const found: Finding[] = [];
  const add = (kind: FindingKind, what: string) => found.push({ kind, what, where: "EXIF" });
  const image = exif.Image ?? {};
  const photo = exif.Photo ?? {};
  const gps = exif.GPSInfo ?? {};
  if (present(gps["GPSLatitude"]) || present(gps["GPSLongitude"])) add("location", "GPS position");
  else if (Object.keys(gps).length > 0) add("location", "GPS data");
  if (present(image["Make"]) || present(image["Model"])) add("device", "camera make and model");
  if (
    present(photo["BodySerialNumber"]) ||
    present(image["CameraSerialNumber"]) ||
    present(photo["LensSerialNumber"]) ||
    present(photo["ImageUniqueID"])
  )
    add("device", "serial number");
  if (present(photo["LensMake"]) || present(photo["LensModel"])) add("device", "lens make and model");
  if (present(photo["MakerNote"])) add("device", "maker notes");
  if (present(photo["CameraOwnerName"])) add("device", "camera owner's name");
  if (present(photo["DateTimeOriginal"]) || present(photo["DateTimeDigitized"])) add("time", "time taken");
  return found;
}

/** XMP properties, by namespace prefix and name, that place or identify a device. */
const XMP_PATTERNS: readonly [RegExp, FindingKind, string][] = [
  [/\bexif:GPS(?:Latitude|Longitude)\b/, "location", "GPS position"],
  [
    /\b(?:photoshop:(?:City|State|Country)|Iptc4xmpCore:Location|Iptc4xmpExt:Location(?:Shown|Created))\b/,
    "location",
    "place names",
  ],
  [/\btiff:(?:Make|Model)\b/, "device", "camera make and model"],
  [/\b(?:exifEX:BodySerialNumber|aux:SerialNumber|exifEX:LensSerialNumber)\b/, "device", "serial number"],
  [/\b(?:aux:Lens|exifEX:LensModel|exifEX:LensMake)\b/, "device", "lens make and model"],
  [/\b(?:exif:DateTimeOriginal|photoshop:DateCreated|xmp:CreateDate)\b/, "time", "time taken"],
];

function xmpFindings(payload: Buffer): Finding[] {
  const xml = payload.toString("utf8");
  return XMP_PATTERNS.filter(([pattern]) => pattern.test(xml)).map(([, kind, what]) => ({
    kind,
    what,
    where: "XMP",
  }));
}

/** IPTC-IIM records in Photoshop's APP13: 2:90 city, 2:92 sublocation, 2:95 province, 2:100/101 country. */
function iptcFindings(payload: Buffer): Finding[] {
  const datasets = new Set<number>();
  for (
    let at = payload.indexOf(0x1c);
    at >= 0 && at + 5 <= payload.length;
    at = payload.indexOf(0x1c, at + 1)
  ) {
    if (payload[at + 1] === 2) datasets.add(payload[at + 2] ?? 0);
  }
  const found: Finding[] = [];
  if ([90, 92, 95, 100, 101].some((dataset) => datasets.has(dataset)))
    found.push({ kind: "location", what: "place names", where: "IPTC" });
  if ([55, 60].some((dataset) => datasets.has(dataset)))
    found.push({ kind: "time", what: "time taken", where: "IPTC" });
  return found;
}

/** Location, device and time metadata in an image, each once per block kind. */
export function privateMetadata(bytes: Buffer): Finding[] {
  const found: Finding[] = [];
  for (const block of metadataBlocks(bytes)) {
    if (block.kind === "EXIF") found.push(...exifFindings(block.payload));
    else if (block.kind === "XMP") found.push(...xmpFindings(block.payload));
    else if (block.kind === "IPTC") found.push(...iptcFindings(block.payload));
    else if (block.kind === "trailer") {
      const inner = block.payload.indexOf(Buffer.from([0xff, 0xd8, 0xff]));
      if (inner >= 0) found.push(...safeFindings(block.payload.subarray(inner)));
    }
  }
  const seen = new Set<string>();
  return found.filter((finding) => {
    const key = `${finding.what} ${finding.where}`;
    return !seen.has(key) && seen.add(key);
  });
}

function safeFindings(bytes: Buffer): Finding[] {
  try {
    return privateMetadata(bytes);
  } catch {
    return [{ kind: "device", what: "a second image with unreadable metadata", where: "trailer" }];
  }
}

// ── Removing ─────────────────────────────────────────────────────────────────────────────────────

export interface Stripped {
  bytes: Buffer;
  /** The kinds of block removed, such as ["EXIF", "XMP"], each once. */
  removed: BlockKind[];
  /** How many bytes of metadata were removed. */
  removedBytes: number;
  /** The EXIF orientation kept so the photo still shows the right way up; undefined when upright. */
  keptOrientation: number | undefined;
}

/** The formats whose metadata can be removed without touching the pixels. */
export const STRIPPABLE: readonly ImageFormat[] = ["jpeg", "png", "webp"];

/**
 * The image without its metadata, pixels untouched. Kept: the colour profile, which changes how
 * the pixels look, and the orientation, rewritten as an EXIF block holding nothing else, because
 * without it a phone photo taken upright would show on its side.
 */
export function stripMetadata(bytes: Buffer): Stripped {
  const format = imageFormat(bytes);
  if (!format || !STRIPPABLE.includes(format))
    throw new ImageFormatError(
      `metadata can only be removed from JPEG, PNG and WebP files without changing the picture; export this ${format?.toUpperCase() ?? "file"} again as JPEG`,
    );
  const blocks = metadataBlocks(bytes);
  const orientation = exifOrientation(blocks);
  const keptOrientation = orientation && orientation !== 1 ? orientation : undefined;
  const kept: Buffer[] = [];
  let at = 0;
  for (const block of blocks) {
    kept.push(bytes.subarray(at, block.start));
    at = block.end;
  }
  kept.push(bytes.subarray(at));
  let result: Buffer = Buffer.concat(kept);
  if (keptOrientation) result = withOrientation(format, result, keptOrientation);
  if (format === "webp") result = fixWebpHeader(result);
  const removed = [...new Set(blocks.map((block) => block.kind))];
  const removedBytes = blocks.reduce((sum, block) => sum + block.end - block.start, 0);
  return { bytes: result, removed, removedBytes, keptOrientation };
}

/** A TIFF structure with one tag, Orientation. */
function orientationExif(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write("MM\0*", 0, "latin1");
  tiff.writeUInt32BE(8, 4); // first IFD
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // one value
  tiff.writeUInt16BE(orientation, 18); // the value, left-justified in four bytes
  tiff.writeUInt32BE(0, 22); // no next IFD
  return tiff;
}

function withOrientation(format: ImageFormat, bytes: Buffer, orientation: number): Buffer {
  const tiff = orientationExif(orientation);
  if (format === "jpeg") {
    const data = Buffer.concat([EXIF_HEADER, tiff]);
    const segment = Buffer.alloc(4);
    segment.writeUInt16BE(0xffe1, 0);
    segment.writeUInt16BE(data.length + 2, 2);
    // After JFIF if present, which must come first; else straight after the start marker.
    const jfifEnd = bytes[3] === 0xe0 ? 4 + bytes.readUInt16BE(4) : 2;
    return Buffer.concat([bytes.subarray(0, jfifEnd), segment, data, bytes.subarray(jfifEnd)]);
  }
  if (format === "png") {
    const idat = pngChunks(bytes).find((chunk) => chunk.type === "IDAT");
    if (!idat) throw new ImageFormatError("the PNG file has no image data");
    return Buffer.concat([bytes.subarray(0, idat.start), pngChunk("eXIf", tiff), bytes.subarray(idat.start)]);
  }
  const header = Buffer.alloc(8);
  header.write("EXIF", 0, "latin1");
  header.writeUInt32LE(tiff.length, 4);
  return Buffer.concat([bytes, header, tiff]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The RIFF size, and the VP8X flags that announce EXIF and XMP, to match the chunks left. */
function fixWebpHeader(bytes: Buffer): Buffer {
  const result = Buffer.from(bytes);
  result.writeUInt32LE(result.length - 8, 4);
  const chunks = webpChunks(result);
  const vp8x = chunks.find((chunk) => chunk.type === "VP8X");
  if (vp8x) {
    const flagsAt = vp8x.start + 8;
    let flags = result[flagsAt] ?? 0;
    flags &= ~(0x08 | 0x04);
    if (chunks.some((chunk) => chunk.type === "EXIF")) flags |= 0x08;
    result[flagsAt] = flags;
  }
  return result;
}

/** "GPS position, camera make and model and time taken". */
export function describeFindings(findings: readonly Finding[]): string {
  const whats = [...new Set(findings.map((finding) => finding.what))];
  if (whats.length <= 1) return whats.join("");
  return `${whats.slice(0, -1).join(", ")} and ${whats.at(-1)}`;
}
