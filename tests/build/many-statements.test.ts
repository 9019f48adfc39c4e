import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSite } from "../../scripts/bench/generate-site.ts";
import { FEED_LENGTH, STATEMENTS_PER_PAGE } from "../../src/data/pagination.ts";
import { htmlPagesIn } from "../../scripts/bench/site-pages.ts";
import { LinkChecker } from "../support/link-checker";

/**
 * A campaign years in: the sample site with 60 more statements (the bench's
 * generator), built without PDFs. Lists split into pages and feeds stay short,
 * so no page grows with the archive.
 */
const root = mkdtempSync(path.join(tmpdir(), "campaign-many-"));
const outDir = path.join(root, "dist");
let build: { status: number | null; output: string };
let englishStatements = 0;

beforeAll(() => {
  const site = generateSite(path.resolve("content"), root, 60);
  englishStatements = site.statements["en"] ?? 0;
  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    encoding: "utf8",
    env: {
      ...process.env,
      CAMPAIGN_CONTENT_DIR: site.contentDir,
      CAMPAIGN_OUT_DIR: outDir,
      CAMPAIGN_CACHE_DIR: path.join(root, "cache"),
      CAMPAIGN_LEAFLETS: "off",
    },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
const cards = (html: string) => html.match(/<article\b/g)?.length ?? 0;

describe("a site with many statements", () => {
  it("builds", () => {
    expect(build.status, build.output).toBe(0);
    expect(englishStatements).toBeGreaterThan(2 * STATEMENTS_PER_PAGE);
  });

  it("lists statements a page at a time, newest first, with links between the pages", () => {
    const pages = Math.ceil(englishStatements / STATEMENTS_PER_PAGE);
    const first = read("statements/index.html");
    expect(cards(first)).toBe(STATEMENTS_PER_PAGE);
    expect(first).toContain('rel="next" href="/statements/page/2/"');
    expect(first).not.toContain('rel="prev"');
    const middle = read("statements/page/2/index.html");
    expect(cards(middle)).toBe(STATEMENTS_PER_PAGE);
    expect(middle).toContain('rel="prev" href="/statements/"');
    expect(middle).toContain('rel="next" href="/statements/page/3/"');
    const last = read(`statements/page/${pages}/index.html`);
    expect(cards(last)).toBe(englishStatements - (pages - 1) * STATEMENTS_PER_PAGE);
    expect(last).not.toContain('rel="next"');
    expect(last).toContain(`<title>Statements (page ${pages} of ${pages}) · IAC</title>`);
    // Later pages preview with the list's share image.
    expect(middle).toContain('<meta property="og:image" content="https://example.org/og/statements.png">');
  });

  it("keeps each feed to the newest statements", () => {
    expect(read("rss.xml").match(/<item>/g)?.length).toBe(FEED_LENGTH);
  });

  it("has no broken link anywhere", () => {
    const checker = new LinkChecker(outDir, new URL("https://example.org/"));
    const broken = htmlPagesIn(outDir).flatMap((file) =>
      checker.brokenLinks(file).map((link) => `${file}: ${link}`),
    );
    expect(broken).toEqual([]);
  });
});
