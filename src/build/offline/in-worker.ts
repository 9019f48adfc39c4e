import { Worker } from "node:worker_threads";
import { withinTime } from "../time-limit.ts";
import type { LanguageReport, OfflineEditionsInput } from "./index.ts";

/**
 * publishOfflineEditions, in a worker thread: reading, rewriting and compressing every reading
 * page is seconds of work for a large archive (7 s at 5,000 statements), which the build then
 * does while Pagefind indexes, instead of after it. The worker is stopped once `limitMs` has
 * passed, or as soon as `signal` aborts (another step failed, and the build is about to remove the
 * folder the worker writes in), and its error, if any, is the step's error.
 */
export async function publishOfflineEditionsInWorker(
  input: OfflineEditionsInput,
  limitMs: number,
  signal?: AbortSignal,
): Promise<LanguageReport[]> {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData: input });
  signal?.addEventListener("abort", () => void worker.terminate(), { once: true });
  const done = new Promise<LanguageReport[]>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`The offline editions' worker stopped (exit code ${code}).`)),
    );
  });
  try {
    return await withinTime(
      done,
      limitMs,
      `The offline editions took longer than ${Math.round(limitMs / 1000)} s and were stopped.`,
    );
  } finally {
    await worker.terminate();
  }
}
