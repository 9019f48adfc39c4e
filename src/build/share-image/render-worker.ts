/**
 * Runs in a worker thread (see worker-pool.ts): renders one card per message.
 * Node runs this TypeScript file directly, so it imports with .ts extensions.
 */
import { parentPort } from "node:worker_threads";
import { renderShareImage } from "./render.ts";
import type { ShareCard } from "./share-card.ts";

parentPort?.on("message", async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    const png = await renderShareImage(card);
    // Copied, not transferred: a Buffer may share its memory with others.
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
