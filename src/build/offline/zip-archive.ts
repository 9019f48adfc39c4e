import { crc32, deflateRawSync } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";

/**
 * A zip archive of the given files, each compressed at the highest level. fflate writes the
 * archive; Node's zlib does the compressing, through fflate's interface for data compressed
 * elsewhere (a ZipInputFile of compression 8): zlib is native code, and on the 24 MB of a
 * thousand-statement site's English pages it took a third of the time fflate's own deflate did.
 */
export function zipArchive(files: Iterable<readonly [string, Uint8Array]>, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of files) {
    const entry: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: 8, mtime };
    zip.add(entry);
    entry.ondata?.(null, deflateRawSync(data, { level: 9 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
