import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { PublishedSize } from "../lib/host-limits.ts";

/** Every file in a built site and their total size: what a deploy uploads. */
export function publishedSize(dir: string): PublishedSize {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
