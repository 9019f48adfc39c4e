import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeFolder } from "../../src/build/remove-folder";

/**
 * A build folder removed while another process deletes part of it, as a build's background removal
 * of its old copy can be: Node's rmSync alone left files behind in about 4 runs of 10.
 */
const made: string[] = [];
afterEach(() => made.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function siteWithOldCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), "campaign-remove-"));
  made.push(root);
  for (let page = 0; page < 1500; page++) {
    mkdirSync(path.join(root, "dist.previous", `page-${page}`), { recursive: true });
    writeFileSync(path.join(root, "dist.previous", `page-${page}`, "index.html"), "<p>old</p>");
  }
  for (const file of ["astro.config.mjs", "package.json", "tsconfig.json"])
    writeFileSync(path.join(root, file), "{}");
  return root;
}

describe("removeFolder", () => {
  it("removes the whole folder while another process removes part of it", async () => {
    for (let run = 0; run < 10; run++) {
      const root = siteWithOldCopy();
      const other = spawn(
        process.execPath,
        [
          "-e",
          "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })",
          path.join(root, "dist.previous"),
        ],
        { stdio: "ignore" },
      );
      const otherEnded = new Promise((done) => other.on("exit", done));
      await new Promise((started) => setTimeout(started, 30));
      removeFolder(root);
      await otherEnded;
      expect(existsSync(root), `run ${run}`).toBe(false);
    }
  }, 60_000);
});
