/**
 * Progress of a long step, printed every few seconds rather than once per item:
 * "share images: 1,200/5,100 drawn, 38.5/s, about 1 min 41 s left". The
 * build is then never silent for long, and the lines stay few.
 */
export interface Progress {
  /** Counts `count` more items done; prints a line if the last one is `everyMs` old, or all are done. */
  tick: (count?: number) => void;
}

/** "3 min 5 s", "12 s". */
export const duration = (seconds: number) =>
  seconds >= 60
    ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`
    : `${Math.round(seconds)} s`;

export function startProgress({
  label,
  total,
  verb = "done",
  everyMs = 3000,
  print = (line: string) => console.log(line),
  now = () => performance.now(),
}: {
  label: string;
  total: number;
  verb?: string;
  everyMs?: number;
  print?: (line: string) => void;
  /** The clock, in milliseconds; tests pass their own. */
  now?: () => number;
}): Progress {
  const started = now();
  let lastPrinted = started;
  let done = 0;
  return {
    tick(count = 1) {
      done += count;
      const at = now();
      if (done < total && at - lastPrinted < everyMs) return;
      lastPrinted = at;
      const elapsed = (at - started) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const left = total - done;
      // The first items carry the start-up (workers, a browser): a rate from them promises far too long.
      const settled = done >= Math.min(total, 10);
      const figures = [`${done.toLocaleString("en")}/${total.toLocaleString("en")} ${verb}`];
      if (settled && rate > 0) figures.push(`${rate.toFixed(1)}/s`);
      if (settled && rate > 0 && left > 0) figures.push(`about ${duration(left / rate)} left`);
      print(`  ${label}: ${figures.join(", ")}`);
    },
  };
}
