import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** A resource's size as stored, and as sent by a server that compresses it. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * gzip at zlib's default level 6, which is what most servers send on the fly,
 * and brotli at 11, which is what hosts that pre-compress static files (Netlify,
 * Cloudflare Pages) send. gzip is the larger of the two, so budgets are judged on it.
 */
export function sizesOf(bytes: Uint8Array | string): Sizes {
  const buffer = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 6 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength },
    }).byteLength,
  };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export function sumSizes(list: readonly Sizes[]): Sizes {
  return list.reduce(addSizes, NO_BYTES);
}
