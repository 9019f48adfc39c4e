import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { settingsSchema, type Settings } from "../../../src/schemas/settings";

/** Valid settings for checker tests, in the languages given (the first is the default). */
export function testSettings(codes: readonly string[] = ["en"]): Settings {
  const labels: Record<string, [string, "ltr" | "rtl"]> = {
    en: ["English", "ltr"],
    ar: ["العربية", "rtl"],
    es: ["Español", "ltr"],
  };
  return settingsSchema.parse({
    name: "Test Coalition",
    shortName: "TC",
    url: "https://example.org",
    tagline: "A tagline for tests.",
    description: "A description long enough for the settings schema to accept it.",
    email: "info@example.org",
    defaultLanguage: codes[0],
    languages: codes.map((code) => ({
      code,
      label: labels[code]?.[0] ?? code,
      dir: labels[code]?.[1] ?? "ltr",
    })),
  });
}

/**
 * A fresh content folder per test, removed afterwards. Returns its path (read
 * it inside a test) and a writer for files relative to it.
 */
export function useContentFolder(prefix: string) {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir: () => dir,
    write(relative: string, contents: string) {
      const file = path.join(dir, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, contents);
    },
  };
}
