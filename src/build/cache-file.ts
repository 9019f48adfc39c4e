import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheFolderOverride } from "../site/environment.ts";

/**
 * Where build caches live (share images, leaflet fonts and PDFs, QR codes):
 * CAMPAIGN_CACHE_DIR when set (tests and the bench give each build its own),
 * else node_modules/.cache, which CI caches keep between runs.
 */
export function buildCacheDir(...parts: string[]): string {
  return path.resolve(cacheFolderOverride() ?? "node_modules/.cache", ...parts);
}

/**
 * Writes a file into a build cache so that it is either whole or absent: the
 * bytes go to a temporary name in the same folder, which is then renamed (an
 * atomic step). A build killed mid-write, or two builds at once, never leave
 * half a file under the real name for the next build to trust.
 */
export async function writeCacheFile(file: string, bytes: string | Uint8Array): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
