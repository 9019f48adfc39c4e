import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE_FOLDER = fileURLToPath(new URL("..", import.meta.url));

/**
 * A hash of every .ts file under src/: for a cache of work done by code there (the content
 * check's readings, MDX bodies rendered at sync), so that a change to the code redoes the work.
 */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(SOURCE_FOLDER, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(SOURCE_FOLDER, file)));
  return hash.digest("hex");
}

/**
 * The code a build runs: sourceHash() and the installed packages, as the lockfile pins them. For a
 * cache whose work also depends on a package (the schemas' zod, the MDX compiler), so that an
 * upgrade redoes it too.
 */
export function codeAndPackagesHash(lockfile: string): string {
  return createHash("sha256")
    .update(sourceHash())
    .update(existsSync(lockfile) ? readFileSync(lockfile) : "no lockfile")
    .digest("hex");
}
