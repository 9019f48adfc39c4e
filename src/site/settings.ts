import { existsSync } from "node:fs";
import path from "node:path";
import { ContentCheckError, displayPath, problemsFromZod } from "../content-checks/problems.ts";
import { readEntryFile } from "../content-checks/read-file.ts";
import { settingsSchema, type Settings } from "../schemas/settings.ts";
import { contentDir } from "./content-layout.ts";

export const settingsFile = path.join(contentDir, "settings.yaml");

/**
 * Reads and validates content/settings.yaml, or throws an editor-facing report.
 * It reads and reports with the content checker's tools, so a broken settings
 * file stops every command with the same kind of message as a broken entry.
 */
export function loadSettings(file = settingsFile): Settings {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    throw new ContentCheckError([
      { file: shown, message: "is missing: the site's name, address and languages are set in this file" },
    ]);
  }
  const read = readEntryFile(file, "yaml");
  if (!read.ok) throw new ContentCheckError([{ file: shown, ...read.problem }]);
  const result = settingsSchema.safeParse(read.data);
  if (!result.success) throw new ContentCheckError(problemsFromZod(shown, result.error, settingsSchema));
  return result.data;
}
