import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { codeAndPackagesHash } from "../build/source-hash.ts";
import type { ComponentUse } from "./mdx-components.ts";
import type { Problem } from "./problems.ts";

/**
 * What checking one content file found on its own, before the checks across files: the problems
 * in it (without its name, which the checker adds), and when it has none, what it holds.
 */
export interface FileCheck {
  problems: Omit<Problem, "file">[];
  entry?: {
    data: Record<string, unknown>;
    body: string;
    /** The components its MDX body uses; the files they name are checked on every run. */
    uses: ComponentUse[];
    fingerprint: string;
  };
}

/**
 * The checks of unchanged files, kept between runs. Reading an archive of 5,000 statements
 * (YAML, the schemas, the MDX parse for components) took 2.5 s of every build and of the search
 * index's warm-up beside it, for files that had not changed since the last build.
 *
 * A file's check is reused only for the same bytes under the same name, under a key made of the
 * checker's own code and the schemas (every .ts file in src/), the settings, and the installed
 * packages (package-lock.json). What depends on other files (references, translations, the files
 * a component names, images) is checked again on every run.
 */
export interface FileCheckCache {
  /** The check of this file with these bytes, if kept. */
  get(name: string, bytes: Uint8Array): FileCheck | undefined;
  /** Keeps a file's check for the next run. */
  set(name: string, bytes: Uint8Array, check: FileCheck): void;
  /** How many checks were reused. */
  readonly reused: number;
  /**
   * Writes what this run used: the files it read, and those of other collections it did not read
   * (the search index's warm-up reads only four), so a deleted file's check goes.
   */
  save(readPrefixes: readonly string[]): void;
}

/** Raised when what is kept changes shape, so older caches are never read. */
const FORMAT = 1;

/** The key of a whole cache: what, besides a file's bytes, decides what its check finds. */
export function fileCheckKey(settings: unknown, lockfile = path.resolve("package-lock.json")): string {
  return createHash("sha256")
    .update(JSON.stringify({ FORMAT, settings, code: codeAndPackagesHash(lockfile) }))
    .digest("hex");
}

const idOf = (name: string, bytes: Uint8Array) =>
  `${name}\0${createHash("sha256").update(bytes).digest("hex")}`;

/** A cache in `folder` under `key`; without a folder, one that keeps nothing. */
export function openFileCheckCache(folder: string | undefined, key: string): FileCheckCache {
  const file = folder && path.join(folder, "files.v8");
  let kept = new Map<string, FileCheck>();
  if (file && existsSync(file)) {
    try {
      const stored = deserialize(readFileSync(file)) as { key: string; checks: Map<string, FileCheck> };
      if (stored.key === key && stored.checks instanceof Map) kept = stored.checks;
    } catch {
      // Damaged or from another Node: checked again, and written anew.
    }
  }
  const used = new Map<string, FileCheck>();
  let reused = 0;
  let changed = false;
  return {
    get(name, bytes) {
      const id = idOf(name, bytes);
      const check = kept.get(id);
      if (check) {
        used.set(id, check);
        reused++;
      }
      return check;
    },
    set(name, bytes, check) {
      used.set(idOf(name, bytes), check);
      changed = true;
    },
    get reused() {
      return reused;
    },
    save(readPrefixes) {
      if (!file || !folder) return;
      const others = [...kept].filter(([id]) => !readPrefixes.some((prefix) => id.startsWith(prefix)));
      const checks = new Map([...others, ...used]);
      if (!changed && checks.size === kept.size) return;
      mkdirSync(folder, { recursive: true });
      // Whole or absent: a second process (the warm-up) may be writing it too; the last one wins.
      const temporary = path.join(folder, `.${randomUUID()}.tmp`);
      try {
        writeFileSync(temporary, serialize({ key, checks }));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only makes the next run slower.
        rmSync(temporary, { force: true });
      }
    },
  };
}
