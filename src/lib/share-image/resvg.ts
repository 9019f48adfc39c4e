import { readFileSync } from "node:fs";
import { initWasm, Resvg, type ResvgRenderOptions } from "@resvg/resvg-wasm";
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
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
