import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import type { LocalFileKind } from "../components/mdx/props.ts";
import { MEDIA_TYPES } from "../lib/media-types.ts";
import { mediaMetadata } from "../lib/video-metadata.ts";

/** The extensions the site publishes for one kind of media, such as ".mp4" and ".webm" for video. */
const mediaExtensions = (typePrefix: string) =>
  Object.entries(MEDIA_TYPES)
    .filter(([, type]) => type.startsWith(typePrefix))
    .map(([extension]) => `.${extension}`);

const EXTENSIONS: Record<LocalFileKind, readonly string[]> = {
  video: mediaExtensions("video/"),
  audio: mediaExtensions("audio/"),
  captions: [".vtt"],
  picture: [".jpg", ".jpeg", ".png", ".webp"],
};

const ADVICE: Record<LocalFileKind, string> = {
  video: "export it as MP4 (H.264 and AAC, which every phone plays) or WebM; any video app or HandBrake can",
  audio: "export it as MP3, which every phone plays, or M4A, Ogg or Opus",
  captions:
    "save the captions as a WebVTT (.vtt) file; subtitle editors such as Subtitle Edit and Aegisub can, and so can most video sites' caption tools",
  picture: "save it as JPEG, PNG or WebP",
};

/**
 * The largest media file the build accepts. Cloudflare Pages refuses any file over 25 MiB and
 * GitHub warns above 50 MB; a reader on a phone pays for every megabyte of it.
 */
export const MEDIA_LIMIT_BYTES = 25 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Checks a file an MDX component names (a video, its captions, a recording, a poster picture):
 * it must be inside content/, exist, be of a kind every browser plays, be small enough to host
 * and download, and carry no place or device. Returns what the editor must fix, or nothing.
 */
export function checkLocalFile(
  entryFile: string,
  address: string,
  kind: LocalFileKind,
  contentDir: string,
): string | undefined {
  const target = path.resolve(path.dirname(entryFile), address);
  if (path.relative(contentDir, target).startsWith("..") || path.isAbsolute(address))
    return `"${address}" points outside the content folder: keep the file inside content/, next to this entry`;
  if (!existsSync(target) || !statSync(target).isFile())
    return `"${address}" does not exist: check the file name, relative to this file`;
  const extension = path.extname(target).toLowerCase();
  if (!EXTENSIONS[kind].includes(extension))
    return `"${address}" is not a ${kind} file this site can publish (${EXTENSIONS[kind].join(", ")}): ${ADVICE[kind]}`;
  const { size } = statSync(target);
  if (kind === "captions") {
    const start = readStart(target, 16).replace(/^\uFEFF/, "");
    if (!/^WEBVTT(?:[ \t\r\n]|$)/.test(start))
      return `"${address}" is not a WebVTT file: it must begin with the line WEBVTT. An .srt file converts in any subtitle editor`;
  }
  if ((kind === "video" || kind === "audio") && size > MEDIA_LIMIT_BYTES)
    return `"${address}" is ${megabytes(size)}; hosts such as Cloudflare Pages refuse files over ${megabytes(MEDIA_LIMIT_BYTES)}, and readers on phones pay for every megabyte. Make it shorter or smaller (720p is plenty on a phone), or put it on a video site and use <MediaLink>`;
  if (kind === "video" || kind === "audio") {
    const { location, device } = mediaMetadata(readFileSync(target));
    const carries = [...location, ...device];
    if (carries.length)
      return `"${address}" records ${carries.join(", ")}, which anyone who downloads it can read. Remove it without re-encoding: ffmpeg -i ${path.basename(target)} -map_metadata -1 -c copy clean${extension} (or turn off location in the share options of the phone's camera app and share it again)`;
  }
  return undefined;
}

function readStart(file: string, bytes: number): string {
  const descriptor = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(descriptor, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString("utf8");
  } finally {
    closeSync(descriptor);
  }
}
