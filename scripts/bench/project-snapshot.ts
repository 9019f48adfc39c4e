import { cpSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

/** What a build reads from the project; node_modules is linked, not copied. */
const PROJECT_FILES = ["src", "scripts", "public", "astro.config.mjs", "tsconfig.json", "package.json"];

/** The share-image route: a copy without it builds the same pages, without their PNGs. */
const SHARE_IMAGE_ROUTE = "src/pages/og";

export interface ProjectSnapshot {
  dir: string;
}

/**
 * A copy of the project for the bench to build in. Astro writes generated
 * types and content modules into <project>/.astro/, which every build of the
 * repository shares: building 1000 statements there while someone else builds
 * would mix the two. The copy has its own .astro/, and the figures are those
 * of the working tree as it was when the bench started.
 *
 * Without share images, the copy leaves out src/pages/og/: the pages are the
 * same and only the PNGs are missing. (The site has no switch to turn them off.)
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
  if (!options.shareImages) rmSync(path.join(into, SHARE_IMAGE_ROUTE), { recursive: true, force: true });
  return { dir: into };
}
