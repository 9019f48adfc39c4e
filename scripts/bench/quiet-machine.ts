import { availableParallelism, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Waits, up to `maxSeconds`, until the one-minute load average is below the
 * number of cores, so timings are not inflated by someone else's tests on a
 * shared machine. Returns the load it went ahead with.
 */
export async function waitForQuietMachine(maxSeconds: number): Promise<number> {
  const deadline = performance.now() + maxSeconds * 1000;
  while (loadavg()[0]! >= availableParallelism() && performance.now() < deadline) await sleep(5000);
  return loadavg()[0]!;
}
