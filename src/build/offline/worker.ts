/**
 * The offline editions, made in a thread of their own (./in-worker.ts) so the build's main
 * thread stays free for the search index and the leaflet printer, which run beside them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { publishOfflineEditions, type OfflineEditionsInput } from "./index.ts";

parentPort?.postMessage(await publishOfflineEditions(workerData as OfflineEditionsInput));
