import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { removeFolder } from "../../src/build/remove-folder.ts";

/** The small valid site the build tests start from. */
export const fixtureSite = path.resolve("tests/fixtures/site/content");

/** What a build needs of the project besides its packages. */
const PROJECT_FILES = ["src", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface Fixture {
  /** A temporary copy of the project: its code, this fixture's content/, and its own caches. */
  root: string;
  contentDir: string;
  outDir: string;
  remove: () => void;
}

/**
 * Copies the project's code into a temporary folder with the given content (the fixture site
 * unless told otherwise) and optional files laid over it. Packages are linked one by one into a
 * node_modules folder of its own, so everything a build writes (Astro's `.astro/` folder and its
 * data store, Vite's dependency cache, share image, font and PDF caches) stays in that folder:
 * builds running side by side share nothing but read-only code.
 */
export function prepareFixture({
  content = fixtureSite,
  overlay,
}: { content?: string; overlay?: string } = {}): Fixture {
  const project = path.resolve(".");
  const root = mkdtempSync(path.join(tmpdir(), "campaign-build-"));
  for (const file of PROJECT_FILES)
    cpSync(path.join(project, file), path.join(root, file), { recursive: true });
  mkdirSync(path.join(root, "node_modules"));
  for (const name of readdirSync(path.join(project, "node_modules"))) {
    // Dot folders are caches (.astro, .cache, .vite) that belong to the project's own builds.
    if (!name.startsWith("."))
      symlinkSync(path.join(project, "node_modules", name), path.join(root, "node_modules", name));
  }
  const contentDir = path.join(root, "content");
  cpSync(content, contentDir, { recursive: true });
  if (overlay)
    cpSync(overlay, contentDir, { recursive: true, filter: (source) => !source.endsWith("expect.json") });
  return {
    root,
    contentDir,
    outDir: path.join(root, "dist"),
    // A build's background removal of its old copy may still be going: removeFolder finishes.
    remove: () => removeFolder(root),
  };
}

export interface RunResult {
  status: number | null;
  /** What the command printed, stdout then stderr, without colours. */
  output: string;
}

/**
 * The most a script may run in a test, a little under the build project's hook timeout. A script
 * that hangs is stopped (SIGTERM, which the build passes on to Astro's process group, then
 * SIGKILL) and fails its test with what it had printed, instead of hanging the whole run.
 */
const SCRIPT_LIMIT_MS = 240_000;

/** Runs one of the project's scripts in a fixture's folder, as an editor would run the npm script. */
export function runScript(
  fixture: Fixture,
  script: string,
  env: Record<string, string> = {},
  limitMs = SCRIPT_LIMIT_MS,
): Promise<RunResult> {
  const inherited = { ...process.env };
  // The fixture's folder decides where content, output and caches are, as on an editor's machine.
  for (const name of ["CAMPAIGN_CONTENT_DIR", "CAMPAIGN_OUT_DIR", "CAMPAIGN_CACHE_DIR"])
    delete inherited[name];
  const child = spawn(process.execPath, [script], {
    cwd: fixture.root,
    env: { ...inherited, FORCE_COLOR: "0", NO_COLOR: "1", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  }, limitMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(limit);
      const stopped = timedOut
        ? `\n${script} did not finish within ${limitMs / 1000} s: the test stopped it.`
        : "";
      resolve({ status: timedOut ? null : status, output: `${stdout}\n${stderr}${stopped}` });
    });
  });
}

/**
 * `npm run build` in a fixture's folder. Without the web editor: these builds test other things,
 * and tests/e2e/web-editor.spec.ts tests the editor in the real build.
 */
export function buildFixture(fixture: Fixture, env: Record<string, string> = {}): Promise<RunResult> {
  return runScript(fixture, "scripts/build.ts", { CAMPAIGN_WEB_EDITOR: "off", ...env });
}

/** Runs tasks at most `limit` at a time (a build already uses every core for its images and PDFs). */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit = 2): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
