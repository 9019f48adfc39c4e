/**
 * Where a phone puts the place and the device in a video or audio file of the MP4 family (MP4,
 * MOV, M4A): in the `moov` box, as a QuickTime user-data atom (`©xyz`, `©mak`, `©mod`) or as an
 * Apple metadata key (`com.apple.quicktime.location.ISO6709`, `…make`, `…model`). Android phones
 * write `©xyz`; iPhones write both. Searching only inside `moov`, which holds no picture or
 * sound, keeps the compressed media data from matching by chance.
 */
const MARKERS: readonly [marker: string, what: "location" | "device", label: string][] = [
  ["\u00a9xyz", "location", "GPS position"],
  ["com.apple.quicktime.location", "location", "GPS position"],
  ["\u00a9mak", "device", "camera make"],
  ["\u00a9mod", "device", "camera model"],
  ["com.apple.quicktime.make", "device", "camera make"],
  ["com.apple.quicktime.model", "device", "camera model"],
  ["com.android.manufacturer", "device", "camera make"],
  ["com.android.model", "device", "camera model"],
];

/** The `moov` box of an MP4-family file, found by walking the top-level boxes; undefined if none. */
function movieBox(file: Uint8Array): Uint8Array | undefined {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let offset = 0;
  while (offset + 8 <= file.byteLength) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(...file.subarray(offset + 4, offset + 8));
    let header = 8;
    if (size === 1) {
      if (offset + 16 > file.byteLength) return undefined;
      size = Number(view.getBigUint64(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = file.byteLength - offset;
    }
    if (size < header) return undefined;
    if (type === "moov") return file.subarray(offset + header, Math.min(offset + size, file.byteLength));
    offset += size;
  }
  return undefined;
}

/** True when the file starts like an MP4-family file: a first box called `ftyp`. */
export function isMp4Family(file: Uint8Array): boolean {
  return file.byteLength >= 8 && String.fromCharCode(...file.subarray(4, 8)) === "ftyp";
}

/** What an MP4-family file says about where it was made and on what, as readers would name it. */
export function mediaMetadata(file: Uint8Array): { location: string[]; device: string[] } {
  const found = { location: [] as string[], device: [] as string[] };
  const movie = isMp4Family(file) ? movieBox(file) : undefined;
  if (!movie) return found;
  const text = Buffer.from(movie.buffer, movie.byteOffset, movie.byteLength).toString("latin1");
  for (const [marker, what, label] of MARKERS) {
    if (text.includes(marker) && !found[what].includes(label)) found[what].push(label);
  }
  return found;
}
