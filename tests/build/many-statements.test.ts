import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ABOUT_PER_PAGE, FEED_LENGTH, STATEMENTS_PER_PAGE } from "../../src/data/pagination.ts";
import { htmlPagesIn } from "../support/built-site";
import { buildFixture, prepareFixture, type Fixture, type RunResult } from "../support/fixture-build";
import { generateSite } from "../support/generate-site";
import { LinkChecker } from "../support/link-checker";
import { unzipText } from "../support/offline-editions";
import { indexedPages } from "../support/pagefind-index";
import { FULL_STATEMENTS } from "../../src/data/offline-edition.ts";
import { PDF_STATEMENTS_PER_LANGUAGE } from "../../src/lib/leaflet-pdf-selection.ts";
import { t } from "../../src/i18n/ui.ts";

/**
 * A campaign years in: the sample site with 280 more statements (the generator
 * the bench times builds with), built without PDFs, as a host without Chromium
 * builds it. Lists split into pages and feeds stay short, so no page grows with
 * the archive.
 */
let fixture: Fixture;
let outDir = "";
let build: RunResult;
let englishStatements = 0;

beforeAll(async () => {
  const generated = mkdtempSync(path.join(tmpdir(), "campaign-many-"));
  try {
    const site = generateSite(path.resolve("content"), generated, 280);
    englishStatements = site.statements["en"] ?? 0;
    fixture = prepareFixture({ content: site.contentDir });
  } finally {
    rmSync(generated, { recursive: true, force: true });
  }
  outDir = fixture.outDir;
  build = await buildFixture(fixture, { CAMPAIGN_LEAFLETS: "off" });
}, 300_000);

afterAll(() => fixture.remove());

const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
/** A list field of an English statement's frontmatter, such as its tags: ["gaza", "bds"]. */
function listField(slug: string, field: "tags" | "demands"): string[] {
  const text = readFileSync(path.join(fixture.contentDir, "statements", "en", `${slug}.mdx`), "utf8");
  return (new RegExp(`^${field}: \\[(.*)\\]$`, "m").exec(text)?.[1] ?? "").split(",").map((id) => id.trim());
}
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

  it("counts the statements of each year in the archive, and lists each year's in full", () => {
    const archive = read("archive/index.html");
    const years = [
      ...archive.matchAll(/href="\/archive\/(\d{4})\/"[^>]*>\s*(\d{4})\s*<\/a>[\s\S]*?Statements: (\d+)/g),
    ].map(([, year, shown, count]) => ({ year, shown, count: Number(count) }));
    expect(years.length).toBeGreaterThan(0);
    expect(years.reduce((sum, { count }) => sum + count, 0)).toBe(englishStatements);
    for (const { year, shown, count } of years) {
      expect(shown).toBe(year);
      expect(cards(read(`archive/${year}/index.html`))).toBe(count);
    }
  });

  it("ends a statement with the next older and newer ones and those sharing most topics and demands", () => {
    const list = [
      ...read("statements/page/2/index.html").matchAll(/<a href="\/statements\/([^/"]+)\/"/g),
    ].map((match) => match[1]);
    const [newer, current, older] = list.slice(0, 3);
    const page = read(`statements/${current}/index.html`);
    expect(page).toContain(`href="/statements/${newer}/" rel="prev"`);
    expect(page).toContain(`href="/statements/${older}/" rel="next"`);
    const related = page.slice(page.indexOf('id="related"'));
    const relatedLinks = [...related.matchAll(/<li[^>]*>\s*<a href="\/statements\/([^/"]+)\/"/g)].map(
      (match) => match[1],
    );
    expect(relatedLinks.length).toBe(3);
    // Each related statement shares a topic or a demand with this one, as their files say.
    const frontmatter = (slug: string) =>
      new Set([
        ...listField(slug, "tags").map((tag) => `topic:${tag}`),
        ...listField(slug, "demands").map((id) => `demand:${id}`),
      ]);
    const mine = frontmatter(current ?? "");
    for (const slug of relatedLinks) {
      const shared = [...frontmatter(slug ?? "")].some((key) => mine.has(key));
      expect(shared, `${slug} shares nothing with ${current}`).toBe(true);
    }
  });

  it("gives the newest statements a share image of their own, and the older ones the list's", () => {
    const newestFirst = [
      ...read("statements/index.html").matchAll(/<a href="\/statements\/([^/"]+)\/"/g),
      ...read("statements/page/2/index.html").matchAll(/<a href="\/statements\/([^/"]+)\/"/g),
    ].map((match) => match[1]!);
    const [newest] = newestFirst;
    const older = newestFirst[PDF_STATEMENTS_PER_LANGUAGE];
    const preview = (slug: string) => {
      const html = read(`statements/${slug}/index.html`);
      const meta = (name: string) =>
        new RegExp(`<meta property="${name}" content="([^"]*)"`).exec(html)?.[1] ?? "";
      return { title: meta("og:title"), image: meta("og:image"), alt: meta("og:image:alt") };
    };
    const own = preview(newest!);
    expect(own.image).toBe(`https://example.org/og/statements/${newest}.png`);
    expect(own.alt).toBe(`${own.title} · International Action Center`);
    expect(existsSync(path.join(outDir, `og/statements/${newest}.png`))).toBe(true);

    // An older statement still previews with its own title and summary, beside the list's card.
    const shared = preview(older!);
    expect(shared.title).not.toBe("");
    expect(shared.image).toBe("https://example.org/og/statements.png");
    expect(shared.alt).toBe("Statements · International Action Center");
    expect(existsSync(path.join(outDir, "og/statements.png"))).toBe(true);
    expect(existsSync(path.join(outDir, `og/statements/${older}.png`))).toBe(false);
  });

  it("keeps each feed to the newest statements", () => {
    expect(read("rss.xml").match(/<item>/g)?.length).toBe(FEED_LENGTH);
  });

  it("offers the printable pages on the leaflets page, as it was built without PDFs", () => {
    const page = read("leaflets/index.html");
    expect(page).not.toContain(".pdf");
    const sheets = [
      ...page.matchAll(/href="\/((?:[a-z]{2}\/)?leaflets\/(?:statements|actions)\/[^"]+\/)"/g),
    ].map((match) => `${match[1]}index.html`);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(read(sheet)).toContain("<h1");
  });

  it("puts the newest statements in the one-file edition in full, and lists the others with their addresses", () => {
    const edition = read("offline/iac-en.html");
    const full = edition.match(/<article id="statement-/g)?.length ?? 0;
    expect(full).toBe(FULL_STATEMENTS);
    expect(edition).toContain(
      t("en", "edition.someStatements", {
        count: FULL_STATEMENTS,
        older: englishStatements - FULL_STATEMENTS,
      }),
    );
    const listed = edition.slice(edition.indexOf(t("en", "edition.olderStatements")));
    expect(
      listed.match(
        /<li>[^<]+\(<time [^>]+>[^<]+<\/time>\): <a href="https:\/\/example\.org\/statements\/[^"]+\/">/g,
      )?.length,
    ).toBe(englishStatements - FULL_STATEMENTS);
    // The zip holds the whole archive, every page of the list included.
    const zip = unzipText(path.join(outDir, "offline/iac-en.zip"));
    const statementPages = [...zip.keys()].filter((name) =>
      /^iac-en\/statements\/(?!page\/)[^/]+\/index\.html$/.test(name),
    );
    expect(statementPages).toHaveLength(englishStatements);
  });

  it("splits a topic's and a demand's statements into pages, newest first, each statement on one page", () => {
    let split = 0;
    for (const [section, field] of [
      ["topics", "tags"],
      ["demands", "demands"],
    ] as const) {
      for (const file of readdirSync(path.join(fixture.contentDir, section, "en"))) {
        const id = file.replace(/\.yaml$/, "");
        const expected = readdirSync(path.join(fixture.contentDir, "statements", "en"))
          .filter((name) => name.endsWith(".mdx"))
          .map((name) => name.replace(/\.mdx$/, ""))
          .filter((slug) => listField(slug, field).includes(id));
        const listed: string[] = [];
        const days: string[] = [];
        let page: string | undefined = `${section}/${id}/index.html`;
        let pages = 0;
        while (page) {
          const html = read(page);
          pages += 1;
          const onPage = [...html.matchAll(/<a href="\/statements\/([^/"]+)\/"/g)].map(
            (match) => match[1] ?? "",
          );
          expect(onPage.length, page).toBeLessThanOrEqual(ABOUT_PER_PAGE);
          listed.push(...onPage);
          days.push(...[...html.matchAll(/<time datetime="([^"]+)"/g)].map((match) => match[1] ?? ""));
          const next = /rel="next" href="\/([^"]+)"/.exec(html)?.[1];
          page = next ? `${next}index.html` : undefined;
        }
        expect(listed.length, `${section}/${id}: a statement listed twice`).toBe(new Set(listed).size);
        expect([...listed].sort(), `${section}/${id}`).toEqual(expected.sort());
        expect(days, `${section}/${id}: newest first`).toEqual([...days].sort().reverse());
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / ABOUT_PER_PAGE)));
        if (pages > 1) split += 1;
      }
    }
    expect(split, "no topic or demand has enough statements to need a second page").toBeGreaterThan(0);
  });

  it("has no broken link anywhere", () => {
    const checker = new LinkChecker(outDir, new URL("https://example.org/"));
    const broken = htmlPagesIn(outDir).flatMap((file) =>
      checker.brokenLinks(file).map((link) => `${file}: ${link}`),
    );
    expect(broken).toEqual([]);
  });
});

/**
 * The same site built again after the newest statement is retitled, as an editor's fix is
 * published. Most pages are copied from the first build (Astro's incremental build, with the keys
 * of src/data/page-keys.ts); every page that shows the statement must show the new title.
 */
describe("the same site after one statement is retitled and a sentence added to it", () => {
  let rebuild: RunResult;
  let newest = "";
  let oldTitle = "";
  const newTitle = "A corrected title for the newest statement";
  // Its body is kept rendered in Astro's data store between builds (src/build/mdx-at-sync.ts).
  const addedSentence = "A sentence the editors added after it was published.";

  beforeAll(async () => {
    newest = /<a href="\/statements\/([^/"]+)\/"/.exec(read("statements/index.html"))?.[1] ?? "";
    const file = path.join(fixture.contentDir, "statements", "en", `${newest}.mdx`);
    const text = readFileSync(file, "utf8");
    oldTitle = JSON.parse(/^title: (.+)$/m.exec(text)?.[1] ?? '""') as string;
    writeFileSync(
      file,
      `${text.replace(/^title: .+$/m, `title: ${JSON.stringify(newTitle)}`).trimEnd()}\n\n${addedSentence}\n`,
    );
    rebuild = await buildFixture(fixture, { CAMPAIGN_LEAFLETS: "off" });
  }, 300_000);

  it("builds, copying the pages the edit does not touch instead of rendering them again", () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(oldTitle).not.toBe("");
    const copied = rebuild.output.match(/\((?:cached|restored)\)/g)?.length ?? 0;
    expect(copied).toBeGreaterThan(englishStatements);
    // Every content file but the edited one was checked from the last build's reading of it (the
    // edited one too when the search index's warm-up, which reads the files beside Astro, read it first).
    const checked = /(\d+) content files checked, no problems \((\d+) unchanged/.exec(rebuild.output);
    expect(Number(checked?.[2])).toBeGreaterThanOrEqual(Number(checked?.[1]) - 1);
  });

  it("shows the new title wherever the statement is named, and the old one nowhere", () => {
    const escaped = (text: string) =>
      text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
    const stale = htmlPagesIn(outDir).filter((file) => read(file).includes(escaped(oldTitle)));
    expect(stale).toEqual([]);
    const second = [...read("statements/index.html").matchAll(/<a href="\/statements\/([^/"]+)\/"/g)][1]?.[1];
    for (const page of [
      `statements/${newest}/index.html`,
      `leaflets/statements/${newest}/index.html`,
      `statements/${second}/index.html`,
      "statements/index.html",
      "index.html",
      "archive/2025/index.html",
    ])
      expect(read(page), page).toContain(newTitle);
  });

  it("shows the added sentence in the statement's text", () => {
    expect(read(`statements/${newest}/index.html`)).toContain(`<p>${addedSentence}</p>`);
  });

  it("finds the new title in search and in the offline zip, though both keep what did not change from the last build", () => {
    // Both steps kept their work in the fixture's build cache, and used it. Search's English was
    // indexed again beside Astro from the content files, and the pages' own records agreed.
    expect(rebuild.output).toMatch(/Search index: en prepared beside Astro \(\d+ pages/);
    expect(rebuild.output).toMatch(/search index: en, ar, es found in the cache/);
    expect(rebuild.output).not.toMatch(/Pagefind is indexing/);
    const fromCache = /Offline editions: .*, (\d+) of (\d+) pages from the cache\)/.exec(rebuild.output);
    expect(Number(fromCache?.[1])).toBeGreaterThan(0);
    expect(Number(fromCache?.[1])).toBeLessThan(Number(fromCache?.[2]));

    const titles = indexedPages(path.join(outDir, "pagefind"), "en").map(({ url, meta }) => [
      url,
      meta.title,
    ]);
    expect(titles).toContainEqual([`/statements/${newest}/`, newTitle]);
    expect(titles.filter(([, title]) => title === oldTitle)).toEqual([]);

    const zip = unzipText(path.join(outDir, "offline/iac-en.zip"));
    const page = new TextDecoder().decode(zip.get(`iac-en/statements/${newest}/index.html`));
    expect(page).toContain(newTitle);
  });

  it("tells readers of its translation that the original has changed", () => {
    const translation = `ar/statements/${newest}/index.html`;
    expect(read(translation)).toContain(t("ar", "translation.outdated"));
  });
});
