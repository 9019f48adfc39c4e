import { existsSync } from "node:fs";
import { chromiumExecutable } from "../../src/site/environment.ts";

/** There is no Chromium where it was looked for; nothing has been printed. */
export class NoChromiumError extends Error {}

/**
 * Debian's Chromium, never a downloaded browser. CHROMIUM_PATH overrides it
 * for machines that keep Chromium elsewhere.
 */
export function chromiumPath(): string {
  const path = chromiumExecutable();
  if (!existsSync(path)) {
    throw new NoChromiumError(
      `No Chromium at ${path}. Install it with "apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

/**
 * --no-sandbox because tests run as root in containers; the rest keep Chromium
 * from calling home, which on a closed network only produces errors.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
