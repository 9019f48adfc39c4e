import { parseArgs } from "node:util";

export const USAGE = `npm run bench [-- options]

Measures page weights against the byte budgets, build times and memory, share
images, leaflet PDFs and Lighthouse scores, and prints a report. Timings never
make it fail: it exits non-zero only when a build it needed failed.

  --quick              generated site of 100 statements only, no leaflet PDFs, no Lighthouse
  --sizes=100,1000     sizes of the generated sites (default 100,1000)
  --scale=1000,5000    generated sites built as a deploy builds them (share images and PDFs),
                       cold and after one edit, against the goals for a large archive (files,
                       MB, time, memory); default 1000,5000, none with --quick or --scale=
  --scale-only         only those builds: no sample or --sizes builds, no weights, no Lighthouse
  --project=DIR        build and measure another checkout of the project (with its own
                       node_modules/) instead of this one, to compare before and after a change
  --no-builds          build nothing: weigh and audit --site (default dist/)
  --no-lighthouse      skip Lighthouse
  --site=DIR           weigh and audit this built site instead of the bench's own sample build
  --max-wait=120       seconds to wait before each build for the load average to drop below
                       the number of cores (on a shared machine); 0 to start at once
  --repeat=1           builds of each kind; the fastest is reported (2 or 3 on a busy machine)
  --lighthouse-runs=3  Lighthouse runs per page; the one with the median score is reported
  --keep               keep the temporary folder with the builds and their logs
  --help               this text`;

export interface BenchOptions {
  sizes: number[];
  scaleSizes: number[];
  scaleOnly: boolean;
  project: string | undefined;
  builds: boolean;
  leafletPdfs: boolean;
  lighthouse: boolean;
  site: string | undefined;
  maxWaitSeconds: number;
  repeat: number;
  lighthouseRuns: number;
  keep: boolean;
  help: boolean;
}

export function benchOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    allowNegative: true,
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      scale: { type: "string" },
      "scale-only": { type: "boolean", default: false },
      project: { type: "string" },
      builds: { type: "boolean", default: true },
      lighthouse: { type: "boolean", default: true },
      site: { type: "string" },
      "max-wait": { type: "string", default: "120" },
      repeat: { type: "string", default: "1" },
      "lighthouse-runs": { type: "string", default: "3" },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const count = (name: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min)
      throw new Error(`--${name}: "${value}" is not a whole number of at least ${min}`);
    return number;
  };
  const sizes = (values.sizes ?? (values.quick ? "100" : "100,1000"))
    .split(",")
    .filter(Boolean)
    .map((size) => count("sizes", size, 1));
  const scaleSizes = (values.scale ?? (values.quick ? "" : "1000,5000"))
    .split(",")
    .filter(Boolean)
    .map((size) => count("scale", size, 1));
  return {
    sizes,
    scaleSizes,
    scaleOnly: values["scale-only"],
    project: values.project,
    builds: values.builds,
    leafletPdfs: !values.quick,
    lighthouse: values.lighthouse && !values.quick,
    site: values.site,
    maxWaitSeconds: count("max-wait", values["max-wait"], 0),
    repeat: count("repeat", values.repeat, 1),
    lighthouseRuns: count("lighthouse-runs", values["lighthouse-runs"], 1),
    keep: values.keep,
    help: values.help,
  };
}
