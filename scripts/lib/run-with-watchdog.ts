/**
 * Runs a Node script as a child process that can never keep its parent waiting forever.
 *
 * Node can deadlock while exiting: a V8 worker thread waits for a garbage collection that the
 * exiting main thread will never run (nodejs/node#54918, still open). An `astro build` that had
 * printed its result then stayed alive for many minutes, and `npm run build` waited with it. So:
 *
 * - The child reports its exit code through a pipe the moment it decides it
 *   (report-exit-code.mjs), before the teardown that can hang. Once reported, it has `graceMs`
 *   to be gone; then it is stopped and the reported code is the outcome.
 * - Whatever happens, after `limitMs` the child is stopped and the outcome is a failure.
 * - The child runs in a process group of its own, and stopping it stops the whole group, so
 *   nothing it started (esbuild, a browser, workers) outlives it. Ctrl-C and a parent's
 *   SIGTERM reach the group too.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { setPriority } from "node:os";
import type { Readable } from "node:stream";
import { readLines } from "./read-lines.ts";

const reporter = new URL("./report-exit-code.mjs", import.meta.url).href;

export interface WatchdogOptions {
  /** The child's environment. */
  env?: NodeJS.ProcessEnv;
  /** The most the child may run, in milliseconds, before it is stopped as failed. */
  limitMs: number;
  /** How long a child that has reported its exit code may take to end. Default 5 s. */
  graceMs?: number;
  /** What the child is called in the lines the watchdog prints. */
  name?: string;
  /** Receives each line the child writes to stderr; without it stderr is the parent's. */
  onStderrLine?: (line: string) => void;
  /** Receives each line the child writes to stdout; without it stdout is the parent's. */
  onStdoutLine?: (line: string) => void;
  /**
   * The child's scheduling priority (nice value, 19 the lowest), passed on to what it starts:
   * for work beside another process that should keep the cores it needs.
   */
  niceness?: number;
  /** Stops the child (and what it started) when aborted, as failed. */
  signal?: AbortSignal;
}

export interface WatchdogResult {
  /** The exit code the child reported or ended with; 1 when it was stopped before deciding. */
  status: number;
  /** How it ended: by itself, stopped after reporting its code, or stopped at the time limit. */
  ended: "exited" | "stopped-after-reporting" | "timed-out" | "stopped";
}

/** How long a stopped group has between SIGTERM and SIGKILL. */
const KILL_AFTER_MS = 2000;

export function runWithWatchdog(
  script: string,
  args: readonly string[],
  {
    env = process.env,
    limitMs,
    graceMs = 5000,
    name = script,
    onStderrLine,
    onStdoutLine,
    niceness,
    signal,
  }: WatchdogOptions,
): Promise<WatchdogResult> {
  const child = spawn(process.execPath, ["--import", reporter, script, ...args], {
    env,
    // A process group of its own (detached), so stopping it stops everything it started.
    detached: true,
    stdio: ["ignore", onStdoutLine ? "pipe" : "inherit", onStderrLine ? "pipe" : "inherit", "pipe"],
  });
  const group = child.pid;
  if (niceness !== undefined && group !== undefined) {
    try {
      setPriority(group, niceness);
    } catch {
      // Not allowed here: the child runs at the parent's priority, which only makes it less polite.
    }
    // A detached child leads a session of its own, and Linux (with autogroup scheduling, the
    // default on desktops and many servers) shares the CPU between sessions before it looks at
    // nice values: the child's own nice value then only ranks it against what it starts. The
    // session's nice value is the one that counts against the others.
    try {
      writeFileSync(`/proc/${group}/autogroup`, String(niceness));
    } catch {
      // Not Linux, or no autogroup scheduling: the nice value above is the one that counts.
    }
  }

  const signalGroup = (signal: NodeJS.Signals) => {
    if (group === undefined) return;
    try {
      process.kill(-group, signal);
    } catch {
      // The group is already gone.
    }
  };
  const stop = () => {
    signalGroup("SIGTERM");
    setTimeout(() => signalGroup("SIGKILL"), KILL_AFTER_MS).unref();
  };
  const forward = () => stop();
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);

  // Resolves when the child's piped output has been read to the end, so no line is lost.
  const outputRead = Promise.all([
    readLines(child.stdout, onStdoutLine),
    readLines(child.stderr, onStderrLine),
  ]);
  return new Promise((resolve, reject) => {
    let reported: number | undefined;
    let ended: WatchdogResult["ended"] = "exited";
    let grace: NodeJS.Timeout | undefined;
    const limit = setTimeout(() => {
      ended = "timed-out";
      console.error(`\n${name} did not finish within ${Math.round(limitMs / 1000)} s: stopped it.`);
      stop();
    }, limitMs);

    (child.stdio[3] as Readable).setEncoding("utf8").on("data", (text: string) => {
      const code = Number.parseInt(text, 10);
      if (!Number.isInteger(code) || reported !== undefined) return;
      reported = code;
      grace = setTimeout(() => {
        ended = "stopped-after-reporting";
        console.error(
          `\n${name} reported exit code ${code} but had not ended ${graceMs / 1000} s later ` +
            "(a known Node hang at exit, nodejs/node#54918): stopped it.",
        );
        stop();
      }, graceMs);
    });

    const abort = () => {
      ended = "stopped";
      stop();
    };
    if (signal?.aborted) abort();
    signal?.addEventListener("abort", abort, { once: true });
    child.on("error", reject);
    // "exit", not "close": something the child started may still hold its pipes open.
    child.on("exit", async (code) => {
      clearTimeout(limit);
      clearTimeout(grace);
      signal?.removeEventListener("abort", abort);
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      // Whatever the child started and left behind goes with it.
      signalGroup("SIGKILL");
      await Promise.race([outputRead, new Promise((done) => setTimeout(done, 1000))]);
      const stoppedEarly = ended === "timed-out" || ended === "stopped";
      resolve({ status: reported ?? (stoppedEarly ? 1 : (code ?? 1)), ended });
    });
  });
}
