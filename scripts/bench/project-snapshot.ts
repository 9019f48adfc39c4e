import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

/** What a build reads from the project; node_modules is linked, not copied. */
const PROJECT_FILES = ["src", "scripts", "public", "astro.config.mjs", "tsconfig.json", "package.json"];

/** The share-image route, and the switch that turns share images off once the project has one. */
const SHARE_IMAGE_ROUTE = "src/pages/og";
export const SHARE_IMAGES_SWITCH = "CAMPAIGN_SHARE_IMAGES";

export interface ProjectSnapshot {
  dir: string;
  /** How "without share images" was obtained, for the report. */
  shareImagesOff?: "switch" | "route removed";
}

/**
 * A copy of the project for the bench to build in. Astro writes generated
 * types and content modules into <project>/.astro/, which every build of the
 * repository shares: building 1000 statements there while someone else builds
 * would mix the two. The copy has its own .astro/, and the figures are those
 * of the working tree as it was when the bench started.
 *
 * Without share images: when src/ reads CAMPAIGN_SHARE_IMAGES, the bench sets
 * it to "off"; until then the copy leaves out src/pages/og/. Either way the
 * pages are the same and only the PNGs are missing.
 */
export function snapshotProject(
  root: string,
  into: string,
  options: { shareImages: boolean },
): ProjectSnapshot {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  for (const entry of PROJECT_FILES)
    cpSync(path.join(root, entry), path.join(into, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(into, "node_modules"), "dir");
  if (options.shareImages) return { dir: into };

  const src = path.join(into, "src");
  const hasSwitch = readdirSync(src, { recursive: true, withFileTypes: true }).some(
    (entry) =>
      entry.isFile() &&
      /\.(?:ts|astro)$/.test(entry.name) &&
      readFileSync(path.join(entry.parentPath, entry.name), "utf8").includes(SHARE_IMAGES_SWITCH),
  );
  if (!hasSwitch) rmSync(path.join(into, SHARE_IMAGE_ROUTE), { recursive: true, force: true });
  return { dir: into, shareImagesOff: hasSwitch ? "switch" : "route removed" };
}
