import { readFileSync } from "node:fs";
import path from "node:path";
import {
  IMAGE_EXTENSIONS,
  ImageFormatError,
  STRIPPABLE,
  describeFindings,
  imageFormat,
  privateMetadata,
} from "../lib/image-metadata.ts";
import { filesUnder } from "./files-under.ts";
import { displayPath, type Problem } from "./problems.ts";

/**
 * Every image file under a folder, referenced by an entry or not, parked (`_`) or not: the
 * repository is public either way.
 */
export function imageFiles(folder: string): string[] {
  return filesUnder(folder).filter((file) =>
    IMAGE_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase()),
  );
}

/** The command that removes a photo's metadata, for the files given, as an editor types it. */
export function cleanPhotosCommand(files: readonly string[]): string {
  return `npm run clean-photos -- --write ${files.map(displayPath).join(" ")}`;
}

/**
 * Refuses photos that say where they were taken or with which device. Time taken alone is not
 * refused (a statement's date says as much), though the command removes it too.
 */
export function checkPhotos(contentDir: string): Problem[] {
  return imageFiles(contentDir).flatMap((file): Problem[] => {
    const shown = displayPath(file);
    const bytes = readFileSync(file);
    let findings;
    try {
      findings = privateMetadata(bytes);
    } catch (error) {
      if (!(error instanceof ImageFormatError)) throw error;
      return [
        {
          file: shown,
          message: `cannot be read as an image: ${error.message}. Export it again from a photo editor.`,
        },
      ];
    }
    const refused = findings.filter((finding) => finding.kind !== "time");
    if (refused.length === 0) return [];
    const blocks = [...new Set(refused.map((finding) => finding.where))]
      .join(", ")
      .replace(/, ([^,]*)$/, " and $1");
    const what = `carries ${describeFindings(refused)} (in its ${blocks} metadata): anyone who downloads it from the repository can read them`;
    const format = imageFormat(bytes);
    if (format && STRIPPABLE.includes(format))
      return [
        {
          file: shown,
          message: `${what}. Remove all its metadata, keeping the picture exactly as it is, with: ${cleanPhotosCommand([file])}`,
        },
      ];
    return [
      {
        file: shown,
        message: `${what}. Its metadata cannot be removed from this ${format?.toUpperCase()} file without re-encoding it: export it again as JPEG with location and camera details turned off, then run npm run clean-photos to check it.`,
      },
    ];
  });
}
