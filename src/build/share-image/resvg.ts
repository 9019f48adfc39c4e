import { readFileSync } from "node:fs";
import { initWasm, Resvg, type ResvgRenderOptions } from "@resvg/resvg-wasm";
import { crc32, deflateSync } from "node:zlib";
import { LATIN_FAMILY } from "./design.ts";
import { loadFonts, resvgWasmPath } from "./fonts.ts";

/**
 * initWasm throws if called twice on the same copy of @resvg/resvg-wasm.
 * Vite (Astro dev, vitest) may evaluate this module again while Node keeps
 * the package loaded and initialized, so a module-level flag is not enough:
 * the promise is kept per copy of the package (its initWasm function), in a
 * map that outlives this module.
 */
const WASM_READY = Symbol.for("campaign-site.share-image.resvg-wasm-ready");
type GlobalWithWasm = typeof globalThis & { [WASM_READY]?: WeakMap<object, Promise<void>> };

export function resvgReady(): Promise<void> {
  const shared = globalThis as GlobalWithWasm;
  const started = (shared[WASM_READY] ??= new WeakMap());
  let ready = started.get(initWasm);
  if (ready === undefined) {
    ready = initWasm(readFileSync(resvgWasmPath())).catch((error: unknown) => {
      started.delete(initWasm);
      throw error;
    });
    started.set(initWasm, ready);
  }
  return ready;
}

function options(fontBuffers: Uint8Array[]): ResvgRenderOptions {
  // No system fonts: the same card must give the same bytes on every machine.
  return { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: LATIN_FAMILY } };
}

/**
 * Width of the ink of everything in `svg`, or 0 when nothing is drawn.
 * Pass only the faces the text uses: resvg parses every buffer on every call.
 * Call resvgReady() first.
 */
export function measureSvgInkWidth(svg: string, fontBuffers: Uint8Array[]): number {
  const resvg = new Resvg(svg, options(fontBuffers));
  try {
    const box = resvg.getBBox();
    if (box === undefined) return 0;
    const width = box.width;
    box.free();
    return width;
  } finally {
    resvg.free();
  }
}

/** Call resvgReady() first. */
export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, options(loadFonts().all));
  try {
    const image = resvg.render();
    try {
      return encodePng(image.width, image.height, image.pixels);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/**
 * The pixels as an opaque RGB PNG compressed by Node's zlib. resvg's own
 * encoder (RGBA, adaptive filters) took over half of each card's time and
 * made files half as large again; the cards have no transparency to keep.
 * zlib level 3 takes about 1.3 ms a card where the default (6) took 5 to 8,
 * for files of about 25 KB instead of 13: far under messengers' 300 KB.
 * A PNG is a signature and three chunks: IHDR, IDAT (the rows, each led by
 * filter type 0, deflated) and IEND.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const rowLength = width * 3 + 1;
  const rows = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    let target = y * rowLength + 1;
    for (let source = y * width * 4, end = source + width * 4; source < end; source += 4) {
      rows[target++] = rgba[source] ?? 0;
      rows[target++] = rgba[source + 1] ?? 0;
      rows[target++] = rgba[source + 2] ?? 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter choice, no interlace
  // A Uint8Array of its own, as resvg's encoder returned: a Buffer may be a view into a shared pool.
  return new Uint8Array(
    Buffer.concat([
      PNG_SIGNATURE,
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows, { level: 3 })),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
