import { existsSync } from "node:fs";
import path from "node:path";
import { siteAddress, type SiteAddress } from "../lib/site-address.ts";
import { siteUrl } from "../schemas/common.ts";
import { settingsSchema, type Settings } from "../schemas/settings.ts";
import { contentDir, displayPath } from "./paths.ts";
import { ContentCheckError, problemsFromZod } from "./problems.ts";
import { readEntryFile } from "./read-file.ts";

export const settingsFile = path.join(contentDir, "settings.yaml");

/** Reads and validates content/settings.yaml, or throws an editor-facing report. */
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

/**
 * Where this build will be published. Editors set it in settings.yaml; a
 * deployment can override it with CAMPAIGN_SITE_URL (GitHub Pages serves a
 * project at https://<owner>.github.io/<repository>/, a preview at another host).
 */
export function publishedAddress(settings: Settings, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const override = env["CAMPAIGN_SITE_URL"];
  if (override === undefined || override.trim() === "") return siteAddress(settings.url);
  const result = siteUrl.safeParse(override);
  if (!result.success) {
    throw new ContentCheckError(
      problemsFromZod("the CAMPAIGN_SITE_URL environment variable", result.error, siteUrl),
    );
  }
  return siteAddress(result.data);
}
