/**
 * Astro frames an error that stops it with lines of its own: "[astro] Unable to load your Astro
 * config" when content/settings.yaml is wrong, "An unhandled error occurred while running the
 * astro:config:setup hook" when an entry is, and an empty "Stack trace:" after either (the
 * content check's report carries no stack on purpose). An editor should see only the report.
 *
 * Returns a line handler for Astro's stderr that passes every line on to `print` except that
 * framing around a content-check report. Other errors keep their framing and their stack.
 */
const ANSI = /\u001b\[[0-9;]*m/g;
const plain = (line: string) => line.replace(ANSI, "");

const isReportFraming = (line: string) =>
  /^\[astro\] Unable to load your Astro config\s*$/.test(line) ||
  /\[ERROR\] \[campaign:content-checks\] An unhandled error occurred while running the "astro:config:setup" hook/.test(
    line,
  );
const isReportStart = (line: string) => line.startsWith("✖ ");
const isStackTraceHeading = (line: string) => /^\s*Stack trace:\s*$/.test(line);
const isStackLine = (line: string) => /^\s+at /.test(line) || /^\s+\[\.\.\.\]/.test(line);

export function withoutReportFraming(print: (line: string) => void): {
  line: (line: string) => void;
  end: () => void;
} {
  // Lines held back until the next meaningful line shows whether they frame a report.
  let held: string[] = [];
  let holding: "report-framing" | "stack-trace" | undefined;

  const release = () => {
    for (const line of held) print(line);
    held = [];
    holding = undefined;
  };
  const drop = () => {
    held = [];
    holding = undefined;
  };

  return {
    line(line) {
      const text = plain(line);
      if (holding && text.trim() === "") {
        held.push(line);
        return;
      }
      if (holding === "report-framing" && isReportStart(text)) drop();
      else if (holding === "stack-trace") {
        if (isStackLine(text)) release();
        else drop();
      } else if (holding) release();

      if (isReportFraming(text) || isStackTraceHeading(text)) {
        held = [line];
        holding = isStackTraceHeading(text) ? "stack-trace" : "report-framing";
        return;
      }
      print(line);
    },
    end() {
      if (holding === "stack-trace") drop();
      else release();
    },
  };
}
