import type { Readable } from "node:stream";

/**
 * Hands each line a child process writes to `onLine`, the last one too when it has no newline;
 * resolves once the stream is closed, so no line is lost.
 */
export function readLines(
  stream: Readable | null,
  onLine: ((line: string) => void) | undefined,
): Promise<void> {
  if (!stream || !onLine) return Promise.resolve();
  let pending = "";
  stream.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
  });
  stream.on("end", () => pending && onLine(pending));
  return new Promise((done) => stream.on("close", done));
}
