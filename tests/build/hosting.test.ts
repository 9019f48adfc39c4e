import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlPagesIn } from "../../scripts/bench/site-pages.ts";
import { LinkChecker } from "../support/link-checker";

/**
 * The real sample site, built as it would be for a host that serves it from a
 * folder (a GitHub Pages project site, say): https://example.org/campaign/.
 * Every link, asset, feed and PDF must work under that folder. The same run
 * checks that no command touches the editors' files, and that a failed
 * rebuild leaves the published folder exactly as it was.
 */
const site = new URL("https://example.org/campaign/");
const contentDir = path.resolve("content");
const root = mkdtempSync(path.join(tmpdir(), "campaign-hosting-"));
const outDir = path.join(root, "dist");
const env = {
  ...process.env,
  CAMPAIGN_SITE_URL: site.href,
  CAMPAIGN_OUT_DIR: outDir,
  CAMPAIGN_CACHE_DIR: path.join(root, "cache"),
  FORCE_COLOR: "0",
  NO_COLOR: "1",
};

/** Every file under a folder, with its content hash and modification time. */
function snapshot(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) =>
    statSync(path.join(folder, file)).isFile(),
  );
  return new Map(
    files.map((file) => {
      const full = path.join(folder, file);
      const hash = createHash("sha256").update(readFileSync(full)).digest("hex");
      return [file, `${hash} ${statSync(full).mtimeMs}`];
    }),
  );
}

function run(script: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script], { encoding: "utf8", env: { ...env, ...extraEnv } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
let contentBefore: Map<string, string>;
let build: { status: number | null; output: string };

beforeAll(() => {
  contentBefore = snapshot(contentDir);
  build = run("scripts/build.ts");
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a site built for a folder (https://example.org/campaign/)", () => {
  it("builds", () => {
    expect(build.status, build.output).toBe(0);
  });

  it("has no broken link, asset or #fragment anywhere", () => {
    const checker = new LinkChecker(outDir, site);
    const files = htmlPagesIn(outDir);
    expect(files.length).toBeGreaterThan(10);
    expect(
      files.flatMap((file) => checker.brokenLinks(file).map((problem) => `${file}: ${problem}`)),
    ).toEqual([]);
  });

  it("addresses pages, share images, styles and icons under the folder", () => {
    const home = read("index.html");
    expect(home).toContain('<link rel="canonical" href="https://example.org/campaign/">');
    expect(home).toContain('<meta property="og:image" content="https://example.org/campaign/og/index.png">');
    expect(existsSync(path.join(outDir, "og/index.png"))).toBe(true);
    expect(home).toMatch(/<link rel="stylesheet" href="\/campaign\/_astro\//);
    expect(home).toContain('href="/campaign/favicon.svg"');
    expect(home).toContain('href="/campaign/ar/"');
    const manifest = JSON.parse(read("manifest.webmanifest")) as {
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe("/campaign/");
    expect(manifest.icons.every((icon) => icon.src.startsWith("/campaign/"))).toBe(true);
  });

  it("lists the folder's addresses in robots.txt, the sitemap and the feeds", () => {
    expect(read("robots.txt")).toContain("Sitemap: https://example.org/campaign/sitemap-index.xml");
    const locations = [...read("sitemap-0.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1] ?? "",
    );
    expect(locations.length).toBeGreaterThan(10);
    expect(locations.filter((location) => !location.startsWith(site.href))).toEqual([]);
    const links = [...read("rss.xml").matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1] ?? "");
    expect(links.length).toBeGreaterThan(1);
    expect(links.filter((link) => !link.startsWith(site.href))).toEqual([]);
  });

  it("prints the leaflets with their own fonts, loaded from the folder", () => {
    const sheet = read("leaflets/statements/keep-mobilizing-after-the-ceasefire/index.html");
    expect(sheet).toContain('href="/campaign/leaflets/fonts/faces.css"');
    // The faces' addresses are relative to the stylesheet, so they hold under the folder.
    const faces = [...read("leaflets/fonts/faces.css").matchAll(/url\("([^"]+)"\)/g)].map(
      (match) => match[1],
    );
    expect(faces).toEqual([
      "noto-sans-400.woff2",
      "noto-sans-800.woff2",
      "noto-sans-arabic-400.woff2",
      "noto-sans-arabic-800.woff2",
    ]);
    for (const face of faces) expect(existsSync(path.join(outDir, "leaflets/fonts", face ?? ""))).toBe(true);
    const pdf = path.join(outDir, "leaflets/en/keep-mobilizing-after-the-ceasefire-a4.pdf");
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/NotoSans/);
  });
});

describe("the editors' files", () => {
  it("are never changed by checking, listing translations or building", () => {
    expect(run("scripts/check-content.ts").status).toBe(0);
    expect(run("scripts/translations.ts").status).toBe(0);
    expect(snapshot(contentDir)).toEqual(contentBefore);
  });

  it("are left to the editors by Prettier", () => {
    const info = execFileSync(
      process.execPath,
      [
        "node_modules/prettier/bin/prettier.cjs",
        "--file-info",
        "content/statements/en/keep-mobilizing-after-the-ceasefire.mdx",
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(info)).toMatchObject({ ignored: true });
  });
});

describe("a rebuild that fails", () => {
  it("leaves the published folder exactly as it was, with no staging folder behind", () => {
    expect(build.status).toBe(0);
    const published = snapshot(outDir);
    const broken = path.join(root, "broken-content");
    cpSync(contentDir, broken, { recursive: true });
    const file = path.join(broken, "statements/en/keep-mobilizing-after-the-ceasefire.mdx");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^published: .*$/m, "published: 2025-02-30"));
    const { status, output } = run("scripts/build.ts", { CAMPAIGN_CONTENT_DIR: broken });
    expect(status).not.toBe(0);
    expect(output).toContain("published");
    expect(output).toContain("still holds the last good build");
    expect(snapshot(outDir)).toEqual(published);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
