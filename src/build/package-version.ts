import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The version of an installed package, from the package.json above the file its name resolves to:
 * what a build cache names among what made its bytes, so an upgrade never reuses them. Resolved as
 * an import, since some packages (Pagefind) let nothing else be resolved.
 */
export function installedVersion(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name));
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
    if (manifest.name === name) return String(manifest.version);
  }
  return "unknown";
}
