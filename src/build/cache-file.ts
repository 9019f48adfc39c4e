import { randomUUID } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { cacheFolder } from "../site/environment.ts";

/**
 * A folder in the build cache (Astro's own, share images, leaflet fonts and
 * PDFs, QR codes): .cache/campaign/ in the project, or CAMPAIGN_CACHE_DIR.
 * Not node_modules/.cache: `npm ci`, which every deployment runs, deletes it.
 */
export function buildCacheDir(...parts: string[]): string {
  return path.join(cacheFolder(), ...parts);
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

/**
 * Marks a cache file as used by this build (its modification time becomes
 * now), so removeUnusedSince keeps it.
 */
export async function markCacheFileUsed(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/**
 * Removes the files of a cache folder that no build has written or marked
 * since `since` (a time in ms): run after a build that succeeded, it leaves
 * only what that build used, so a cache kept between deploys does not grow
 * with every title ever written. Returns how many files it removed.
 */
export async function removeUnusedSince(folder: string, since: number): Promise<number> {
  let removed = 0;
  let files: string[];
  try {
    files = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of files) {
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile() && info.mtimeMs < since) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
