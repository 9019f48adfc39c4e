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
 *
 * A worker idle for two seconds is ended, so once the images are drawn none is
 * left for Node to wind down at exit, where it can hang (nodejs/node#54918; the
 * watchdog in scripts/lib/run-with-watchdog.ts is what guarantees the build
 * ends). Starting a worker again costs about 250 ms (its first card takes
 * 300–400 ms, the next 45–90 ms), so only a pause longer than that is ended.
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
/** Threads drawing at once: one per core. */
export const workerCount = size;
const IDLE_MS = 2000;
const idle: Worker[] = [];
const idleTimers = new Map<Worker, NodeJS.Timeout>();
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

/** Ends a worker that has had nothing to do for IDLE_MS. */
function retire(worker: Worker): void {
  idleTimers.delete(worker);
  const index = idle.indexOf(worker);
  if (index === -1) return;
  idle.splice(index, 1);
  started--;
  void worker.terminate();
}

/** Gives the worker the next job, or lets it idle without keeping the process alive. */
function dispatch(worker: Worker): void {
  const job = queue.shift();
  if (!job) {
    worker.unref();
    idle.push(worker);
    idleTimers.set(worker, setTimeout(() => retire(worker), IDLE_MS).unref());
    return;
  }
  clearTimeout(idleTimers.get(worker));
  idleTimers.delete(worker);
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
