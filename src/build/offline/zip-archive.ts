import { crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/** A file compressed for a zip: what an entry needs besides its name and date. */
export interface DeflatedFile {
  /** The file's bytes, deflated (raw, no zlib header). */
  deflated: Uint8Array<ArrayBuffer>;
  /** The CRC-32 of the uncompressed bytes. */
  crc: number;
  /** How many bytes it has uncompressed. */
  size: number;
}

/**
 * A file compressed at zlib's default level. Node's zlib does the compressing, and fflate only
 * writes the archive around it (zipArchive): zlib is native code, and on the 24 MB of a
 * thousand-statement site's English pages it took a third of the time fflate's own deflate did.
 * Level 6 rather than 9: on the 103 MB of a 5,000-statement site's English statements it took
 * 2.3 s instead of 6.1 s, for a zip 0.1% larger (26.13 MB instead of 26.10).
 */
export const deflateFile = (data: Uint8Array): DeflatedFile => ({
  deflated: deflateRawSync(data, { level: 6 }),
  crc: crc32(data),
  size: data.length,
});

/**
 * A zip archive of files compressed already (by deflateFile, in this build or an earlier one), through
 * fflate's interface for data compressed elsewhere (a ZipInputFile of compression 8). The same
 * files in the same order with the same date always make the same bytes.
 */
export function zipArchive(files: Iterable<readonly [string, DeflatedFile]>, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, { deflated, crc, size }] of files) {
    const entry: ZipInputFile = { filename, size, crc, compression: 8, mtime };
    zip.add(entry);
    entry.ondata?.(null, deflated, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
