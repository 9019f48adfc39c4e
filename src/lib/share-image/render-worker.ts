/**
 * Runs in a worker thread (see workers.ts): renders one card per message.
 * Node runs this TypeScript file directly, so it imports with .ts extensions.
 */
import { parentPort } from "node:worker_threads";
import { renderShareImage } from "./render.ts";
import type { ShareCard } from "./share-card.ts";

parentPort?.on("message", async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    const png = await renderShareImage(card);
    parentPort?.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
