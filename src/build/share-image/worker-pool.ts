import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ShareCard } from "./share-card.ts";

/**
 * Renders share cards on every core. Drawing and PNG-encoding a card takes
 * 25–45 ms of CPU; a site with a thousand statements has a thousand cards,
 * which on one thread was most of a cold build.
 *
 * The worker runs src/build/share-image/render-worker.ts from the project
 * folder (builds always run there), not from Astro's bundle.
 */
const workerFile = path.resolve("src/build/share-image/render-worker.ts");

interface Job {
  id: number;
  card: ShareCard;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array } | { id: number; error: string };

const size = Math.max(1, availableParallelism());
const idle: Worker[] = [];
const busy = new Map<Worker, Job>();
const queue: Job[] = [];
let started = 0;
let nextId = 0;

function startWorker(): Worker {
  const worker = new Worker(workerFile);
  worker.on("message", (reply: Reply) => {
    const job = busy.get(worker);
    busy.delete(worker);
    if (job && "png" in reply) job.resolve(new Uint8Array(reply.png));
    else
      job?.reject(new Error(`Drawing a share image failed: ${"error" in reply ? reply.error : "no reply"}`));
    dispatch(worker);
  });
  worker.on("error", (error) => {
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    started--;
  });
  return worker;
}

/** Gives the worker the next job, or lets it idle without keeping the process alive. */
function dispatch(worker: Worker): void {
  const job = queue.shift();
  if (!job) {
    worker.unref();
    idle.push(worker);
    return;
  }
  worker.ref();
  busy.set(worker, job);
  worker.postMessage({ id: job.id, card: job.card });
}

/** The card as a 1200×630 PNG, drawn in a worker thread. */
export function renderInWorker(card: ShareCard): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, card, resolve, reject });
    const worker = idle.pop() ?? (started < size ? (started++, startWorker()) : undefined);
    if (worker) dispatch(worker);
  });
}
