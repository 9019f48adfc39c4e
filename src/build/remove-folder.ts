import { existsSync, rmSync } from "node:fs";

/**
 * Removes a folder and all it holds, also while another process removes part of it (the last
 * build's old copy, deleted in the background). Node's rmSync with `force` stops without an error
 * when an entry vanishes under it, and leaves the entries it had not reached yet: in a test of 20
 * runs against a second remover, 8 left files behind. So it goes again until the folder is gone.
 */
export function removeFolder(folder: string, attempts = 10): void {
  for (let attempt = 0; attempt < attempts && existsSync(folder); attempt++)
    rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
  if (existsSync(folder)) throw new Error(`${folder} could not be removed.`);
}
