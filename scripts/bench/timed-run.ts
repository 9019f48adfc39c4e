import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { readLines } from "../lib/read-lines.ts";

export interface TimedRun {
  /** The exit status: 0 when the command succeeded. */
  status: number | null;
  wallSeconds: number;
  /** User plus system time of the command and every process it waited for; n/a without GNU time. */
  cpuSeconds: number | undefined;
  /**
   * The largest resident set of any single process in the tree (the Astro build,
   * or Chromium when leaflets are printed), in KB.
   */
  peakRssKb: number | undefined;
  /** The one-minute load average when the run started: above the 2 cores, timings are inflated. */
  loadBefore: number;
  /**
   * The longest stretch with no output, in seconds, and the line printed before it (or after it,
   * for the stretch at the end): a build should never keep an editor waiting without a word.
   */
  longestSilence: { seconds: number; after: string };
  /** Everything the command printed, also kept in `logFile`. */
  output: string;
}

const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command to completion and measures it. GNU time gives exact figures
 * from the kernel (wait4 rusage) for the whole tree; without it (the `time`
 * package is not always installed) /proc is polled for each process's VmHWM.
 */
export async function timedRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<TimedRun> {
  const statsFile = `${options.logFile}.time`;
  const withTime = existsSync(GNU_TIME);
  const [program, programArgs] = withTime
    ? [GNU_TIME, ["-f", "%U %S %M", "-o", statsFile, command, ...args]]
    : [command, [...args]];

  const loadBefore = loadavg()[0]!;
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(program, programArgs, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Each line goes to the log with the seconds since the start, and silences are measured.
  let lastLineAt = started;
  let lastLine = "(start)";
  const longestSilence = { seconds: 0, after: "" };
  const onLine = (line: string) => {
    const now = performance.now();
    const gap = (now - lastLineAt) / 1000;
    if (gap > longestSilence.seconds) Object.assign(longestSilence, { seconds: gap, after: lastLine });
    lastLineAt = now;
    lastLine = line.trim() || lastLine;
    log.write(`[${((now - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
  };
  for (const stream of [child.stdout, child.stderr]) void readLines(stream, onLine);
  const poller = withTime || child.pid === undefined ? undefined : pollPeakRss(child.pid);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const finalGap = (performance.now() - lastLineAt) / 1000;
  if (finalGap > longestSilence.seconds)
    Object.assign(longestSilence, { seconds: finalGap, after: `${lastLine} (until the end)` });
  await new Promise<void>((resolve) => log.end(resolve));

  let cpuSeconds: number | undefined;
  let peakRssKb = poller?.stop();
  if (withTime && existsSync(statsFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const numbers = readFileSync(statsFile, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
    const [user, system, rss] = numbers;
    if (user !== undefined && system !== undefined) cpuSeconds = user + system;
    peakRssKb = rss;
    rmSync(statsFile, { force: true });
  }
  return {
    status,
    wallSeconds,
    cpuSeconds,
    peakRssKb,
    loadBefore,
    longestSilence,
    output: readFileSync(options.logFile, "utf8"),
  };
}

/** Polls the VmHWM (peak resident set) of a process and its descendants; stop() gives the largest, in KB. */
function pollPeakRss(rootPid: number): { stop: () => number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    for (const pid of processTree(rootPid)) {
      const match = /VmHWM:\s+(\d+) kB/.exec(readProc(`/proc/${pid}/status`));
      if (match) peak = Math.max(peak ?? 0, Number(match[1]));
    }
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // The parent pid is the second field after the command name, which may contain spaces.
    const stat = readProc(`/proc/${entry}/stat`);
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    // The process ended between listing and reading.
    return "";
  }
}
