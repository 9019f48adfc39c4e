/**
 * `npm run clean-photos`: removes location, device, time and every other metadata from the
 * images in content/ (or the files and folders named), without changing a pixel.
 *
 * It rewrites editors' files, so it changes nothing unless asked: on its own it lists each file it
 * would change and what it would remove; with `--write` it does it, one file at a time, each
 * written to a temporary file beside it and renamed over the original only once complete. Kept:
 * the colour profile and the orientation, so the photo looks and stands as before.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { cleanPhotosCommand, imageFiles } from "../src/content-checks/photos.ts";
import { displayPath } from "../src/content-checks/problems.ts";
import {
  ImageFormatError,
  STRIPPABLE,
  describeFindings,
  imageFormat,
  metadataBlocks,
  privateMetadata,
  stripMetadata,
} from "../src/lib/image-metadata.ts";
import { contentDir } from "../src/site/content-layout.ts";
import { invocationFolder } from "../src/site/environment.ts";

const { values, positionals } = parseArgs({
  options: { write: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
  allowPositionals: true,
});

if (values.help) {
  console.log(`Usage: npm run clean-photos [-- [--write] [file or folder …]]

Lists the images in content/ (or the files and folders given) that carry metadata, and what each
carries. Nothing is changed unless --write is given; then the metadata is removed, the pixels,
colour profile and orientation kept.`);
  process.exit(0);
}

const ROTATIONS: Record<number, string> = {
  2: "mirrored",
  3: "turned 180°",
  4: "mirrored upside down",
  5: "mirrored and turned 90° anticlockwise",
  6: "turned 90° clockwise",
  7: "mirrored and turned 90° clockwise",
  8: "turned 90° anticlockwise",
};

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Plan {
  file: string;
  bytes: Buffer;
  clean: ReturnType<typeof stripMetadata>;
  found: string;
}

const here = invocationFolder();
const targets =
  positionals.length > 0 ? positionals.map((target) => path.resolve(here, target)) : [contentDir];
const missing = targets.filter((target) => {
  try {
    statSync(target);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  console.error(`✖ Not found: ${missing.map(displayPath).join(", ")}. Nothing was changed.`);
  process.exit(1);
}

const files = [...new Set(targets.flatMap(imageFiles))];
const plans: Plan[] = [];
const refused: string[] = [];
for (const file of files) {
  const bytes = readFileSync(file);
  const shown = displayPath(file);
  try {
    const format = imageFormat(bytes);
    if (!format || !STRIPPABLE.includes(format)) {
      const found = metadataBlocks(bytes);
      if (found.length > 0)
        refused.push(
          `${shown}: a ${format?.toUpperCase() ?? "file of unknown type"} with ${[...new Set(found.map((b) => b.kind))].join(", ")} metadata, which cannot be removed without re-encoding: export it again as JPEG`,
        );
      continue;
    }
    const clean = stripMetadata(bytes);
    if (clean.bytes.equals(bytes)) continue;
    const findings = privateMetadata(bytes);
    plans.push({
      file,
      bytes,
      clean,
      found: findings.length > 0 ? describeFindings(findings) : "no location or device details",
    });
  } catch (error) {
    if (!(error instanceof ImageFormatError)) throw error;
    refused.push(`${shown}: ${error.message}; it was left as it is`);
  }
}

const describe = ({ clean, found }: Plan, done: boolean) => {
  const blocks = clean.removed.join(", ").replace(/, ([^,]*)$/, " and $1");
  const kept = clean.keptOrientation ? `, and its orientation (${ROTATIONS[clean.keptOrientation]})` : "";
  return `${found}: ${done ? "removed" : "removes"} its ${blocks} metadata (${kilobytes(clean.removedBytes)}); ${done ? "kept" : "keeps"} the pixels, any colour profile${kept}`;
};

for (const line of refused) console.error(`✖ ${line}`);

if (plans.length === 0) {
  console.log(
    `✔ ${files.length} image${files.length === 1 ? "" : "s"} checked: none carries metadata to remove.`,
  );
} else if (!values.write) {
  console.log(`${plans.length} of ${files.length} images carry metadata:`);
  for (const plan of plans) console.log(`  ${displayPath(plan.file)}\n      ${describe(plan, false)}`);
  console.log(
    `\nNothing was changed. To remove it (the pixels, colour profile and orientation stay as they are), run:\n  ${cleanPhotosCommand(plans.map((plan) => plan.file))}`,
  );
} else {
  let changed = 0;
  plans.forEach((plan, index) => {
    const { file, clean } = plan;
    // The new file must read back with nothing private in it, and the editor must not have saved
    // the photo again since it was read; otherwise it is left as it is.
    const problem =
      privateMetadata(clean.bytes).length > 0
        ? "still carried location or device details after cleaning (please report this)"
        : !readFileSync(file).equals(plan.bytes)
          ? "changed while this ran"
          : undefined;
    if (problem) {
      console.error(`(${index + 1}/${plans.length}) ✖ ${displayPath(file)} ${problem}; left as it is.`);
      process.exitCode = 1;
      return;
    }
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, clean.bytes, { mode: statSync(file).mode });
      renameSync(temporary, file);
      changed += 1;
    } finally {
      rmSync(temporary, { force: true });
    }
    console.log(`(${index + 1}/${plans.length}) ✔ ${displayPath(file)}\n      ${describe(plan, true)}`);
  });
  console.log(
    `\n${changed} file${changed === 1 ? "" : "s"} changed; the pictures in them are unchanged. Commit them.`,
  );
}
if (refused.length > 0) process.exitCode = 1;
