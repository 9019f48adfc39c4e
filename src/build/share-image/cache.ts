import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { markCacheFileUsed, writeCacheFile } from "../cache-file.ts";
import { startProgress } from "../progress.ts";
import { join } from "node:path";
import { rendererDependencyVersions } from "./fonts.ts";
import { isPng } from "./png.ts";
import { renderInWorker, workerCount } from "./worker-pool.ts";
import type { ShareCard } from "./share-card.ts";

/** Bump whenever the design or the rendering changes, so no cached image shows the old look. */
export const RENDERER_VERSION = 3;

let dependencies: Record<string, string> | undefined;

/** The file name (without .png) for a card: the same card always gives the same key. */
export function shareImageCacheKey(card: ShareCard): string {
  dependencies ??= rendererDependencyVersions();
  // Only the fields that change the picture, in a fixed order, so extra
  // properties or key order in the caller's object do not change the key.
  const stable = JSON.stringify({
    renderer: RENDERER_VERSION,
    dependencies,
    card: {
      title: card.title,
      lang: card.lang,
      dir: card.dir,
      kicker: card.kicker ?? null,
      siteName: card.siteName,
      address: card.address,
    },
  });
  return createHash("sha256").update(stable).digest("hex");
}

/**
 * Starts drawing the cards that are not in the cache yet, without reading
 * cached ones: the og route calls this with every card up front, so drawing
 * runs on the worker threads while Astro renders pages. Drawing thousands
 * takes minutes, so it says how many and reports progress every few seconds.
 */
export function prepareShareImages(cards: readonly ShareCard[], cacheDir: string): void {
  const toDraw = cards.filter((card) => {
    const file = join(cacheDir, `${shareImageCacheKey(card)}.png`);
    return !pending.has(file) && !existsSync(file);
  });
  if (toDraw.length === 0) return;
  console.log(
    `  share images: drawing ${toDraw.length} of ${cards.length} on ${workerCount} threads (the rest are cached)`,
  );
  const progress = startProgress({ label: "share images", total: toDraw.length, verb: "drawn" });
  for (const card of toDraw)
    cachedShareImage(card, cacheDir).then(
      () => progress.tick(),
      // The page that uses the card reports its error.
      () => progress.tick(),
    );
}

/** Renders in progress, so pages sharing a card during one build render it once. */
const pending = new Map<string, Promise<Uint8Array>>();

/** Returns the cached PNG when one exists for this exact card, else renders and stores it. */
export function cachedShareImage(card: ShareCard, cacheDir: string): Promise<Uint8Array> {
  const file = join(cacheDir, `${shareImageCacheKey(card)}.png`);
  let result = pending.get(file);
  if (result === undefined) {
    result = readOrRender(card, file).finally(() => pending.delete(file));
    pending.set(file, result);
  }
  return result;
}

async function readOrRender(card: ShareCard, file: string): Promise<Uint8Array> {
  const cached = await readCached(file);
  if (cached !== undefined) {
    // So the build, once it has succeeded, keeps this image and removes the ones no page uses.
    await markCacheFileUsed(file);
    return cached;
  }
  const png = await renderInWorker(card);
  await writeCacheFile(file, png);
  return png;
}

async function readCached(file: string): Promise<Uint8Array | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  // A copy with its own ArrayBuffer, like a fresh render: Node may hand out
  // a slice of a shared buffer, and `png.buffer` would then hold more.
  const png = new Uint8Array(bytes);
  // Something that is not a PNG (a truncated copy of the cache, say) is rendered again.
  return isPng(png) ? png : undefined;
}
