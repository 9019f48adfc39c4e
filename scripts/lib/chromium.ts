import { existsSync } from "node:fs";
import { chromiumExecutable } from "../../src/site/environment.ts";
import { withinTime } from "../../src/build/time-limit.ts";

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

/**
 * The most one step in Chromium (starting, opening a sheet, measuring, printing a PDF, closing)
 * may take. Each takes well under a second; a browser that stops answering must fail the build,
 * not keep it waiting forever.
 */
export const CHROMIUM_STEP_LIMIT_MS = 60_000;

/** `work`, or an error naming the step once it has taken longer than `ms`. */
export const withinLimit = <T>(step: string, work: Promise<T>, ms = CHROMIUM_STEP_LIMIT_MS): Promise<T> =>
  withinTime(work, ms, `Chromium did not ${step} within ${ms / 1000} s.`);
