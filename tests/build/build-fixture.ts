import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const fixtureSite = path.resolve("tests/fixtures/site/content");

export interface FixtureBuild {
  /** The temporary folder holding content/, dist/ and the build cache. */
  root: string;
  contentDir: string;
  outDir: string;
  remove: () => void;
}

/** Copies the valid fixture site into a temporary folder, with optional files laid over it. */
export function prepareFixture(overlay?: string): FixtureBuild {
  const root = mkdtempSync(path.join(tmpdir(), "campaign-build-"));
  const contentDir = path.join(root, "content");
  cpSync(fixtureSite, contentDir, { recursive: true });
  if (overlay)
    cpSync(overlay, contentDir, { recursive: true, filter: (source) => !source.endsWith("expect.json") });
  return {
    root,
    contentDir,
    outDir: path.join(root, "dist"),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs `npm run build`'s script against a fixture, as an editor would, and returns what it printed. */
export function buildFixture(
  fixture: FixtureBuild,
  script = "scripts/build.ts",
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [script], {
    encoding: "utf8",
    env: {
      ...process.env,
      CAMPAIGN_CONTENT_DIR: fixture.contentDir,
      CAMPAIGN_OUT_DIR: fixture.outDir,
      CAMPAIGN_CACHE_DIR: path.join(fixture.root, "cache"),
      FORCE_COLOR: "0",
      NO_COLOR: "1",
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
