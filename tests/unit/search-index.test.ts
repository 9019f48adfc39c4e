import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, recordPage, warmSearchIndex } from "../../src/build/search-index";
import { RECORDS_FILE, type SearchRecord } from "../../src/lib/search-records";
import { searchText } from "../../src/lib/search-text";

describe("searchText: one spelling for the index and for what a reader types", () => {
  it.each([
    ["short vowels, tanwin and shadda", "فِلَسْطِينُ حُرَّةٌ", "فلسطين حرة"],
    ["tatweel", "غـــزة", "غزة"],
    ["ta marbuta written as ha", "غزه", "غزة"],
    ["hamza on alef, above or below, or madda", "إسرائيل أمريكا الآن", "اسرائيل امريكا الان"],
    ["hamza on waw or on ya", "المسئولية", "المسؤولية"],
    ["alef maqsura written as ya", "علي", "على"],
    ["Persian ya and kaf", "كتابی", "كتابي"],
    ["Arabic-Indic digits", "٢٠٢٥ ۱۹۴۸", "2025 1948"],
  ])("folds %s", (_, written, other) => {
    expect(searchText(written)).toBe(searchText(other));
  });

  it("leaves other scripts to Pagefind", () => {
    expect(searchText("Ceasefire: café, ¿Acción? 2025")).toBe("Ceasefire: café, ¿Acción? 2025");
  });
});

describe("recordPage: what Pagefind reads for one record", () => {
  const record: SearchRecord = {
    kind: "statement",
    url: "/ar/statements/one/",
    title: "المحكمة الجنائية <script>alert(1)</script> & “more”",
    summary: "ملخّص البيان",
    date: "20 يناير 2025",
    datetime: "2025-01-20",
    topics: ["gaza", "accountability"],
    text: "أولًا\n\nثانيًا",
  };
  const page = recordPage(record, "ar");

  it("is in the index's language, with the words spelt as search compares them", () => {
    expect(page).toContain('<html lang="ar">');
    expect(page).toContain("<h1>المحكمه الجناءيه &lt;script&gt;alert(1)&lt;/script&gt; &amp; “more”</h1>");
    expect(page).toContain("<p>ملخص البيان</p>");
    expect(page).toContain("<p>اولا</p>\n<p>ثانيا</p>");
  });

  it("keeps the title and summary as written, escaped, for the result list", () => {
    expect(page).toContain(
      '<span data-pagefind-meta="title">المحكمة الجنائية &lt;script&gt;alert(1)&lt;/script&gt; &amp; “more”</span>',
    );
    expect(page).toContain('<span data-pagefind-meta="summary">ملخّص البيان</span>');
    expect(page).toContain('<span data-pagefind-meta="datetime">2025-01-20</span>');
    expect(page).not.toContain("<script>");
  });

  it("files it under its kind and topics", () => {
    expect(page).toContain('<span data-pagefind-filter="kind">statement</span>');
    expect(page).toContain('<span data-pagefind-filter="topic">gaza</span>');
    expect(page).toContain('<span data-pagefind-filter="topic">accountability</span>');
  });
});

describe("buildSearchIndex", () => {
  const record = (url: string, title: string): SearchRecord => ({
    kind: "statement",
    url,
    title,
    summary: "A summary",
    topics: [],
    text: "Some words to find.",
  });

  it("fails when two records share an address, instead of indexing one of them", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "search-index-"));
    try {
      writeFileSync(
        path.join(outDir, RECORDS_FILE),
        JSON.stringify([record("/statements/one/", "First"), record("/statements/one/", "Second")]),
      );
      await expect(
        buildSearchIndex({
          outDir,
          languages: ["en"],
          defaultLanguage: "en",
          limitMs: 60_000,
          print: () => {},
        }),
      ).rejects.toThrow("Pagefind indexed 1 of the 2 en pages (two records with one address?)");
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  describe("with a cache", () => {
    const languages = ["en", "ar"];
    const write = (outDir: string, english: string) => {
      writeFileSync(path.join(outDir, RECORDS_FILE), JSON.stringify([record("/statements/one/", english)]));
      mkdirSync(path.join(outDir, "ar"));
      writeFileSync(
        path.join(outDir, "ar", RECORDS_FILE),
        JSON.stringify([record("/ar/statements/one/", "بيان")]),
      );
    };
    /** Builds an index of the given English title, and returns its files and their bytes. */
    const build = async (cacheDir: string, english: string, lines: string[] = []) => {
      const outDir = mkdtempSync(path.join(tmpdir(), "search-index-out-"));
      try {
        write(outDir, english);
        await buildSearchIndex({
          outDir,
          languages,
          defaultLanguage: "en",
          limitMs: 60_000,
          cacheDir,
          print: (line) => lines.push(line),
        });
        const folder = path.join(outDir, "pagefind");
        return new Map(
          readdirSync(folder, { recursive: true, encoding: "utf8" })
            .filter((file) => statSync(path.join(folder, file)).isFile())
            .map((file) => [file, readFileSync(path.join(folder, file))]),
        );
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    };
    const entry = (files: Map<string, Buffer>) =>
      JSON.parse(files.get("pagefind-entry.json")!.toString()) as {
        languages: Record<string, { hash: string }>;
      };

    it("copies a language whose pages are unchanged, and indexes again only the one that changed", async () => {
      const cacheDir = mkdtempSync(path.join(tmpdir(), "search-index-cache-"));
      try {
        const first = await build(cacheDir, "First title");
        const lines: string[] = [];
        const again = await build(cacheDir, "First title", lines);
        expect(lines).toContain("  search index: en, ar found in the cache, copied from there");
        expect(again).toEqual(first);
        expect([...again.keys()].filter((file) => file.includes("key"))).toEqual([]);

        const retitled: string[] = [];
        const edited = await build(cacheDir, "A new title", retitled);
        expect(retitled).toContain("  search index: ar found in the cache, copied from there");
        expect(entry(edited).languages["ar"]).toEqual(entry(first).languages["ar"]);
        expect(entry(edited).languages["en"]!.hash).not.toBe(entry(first).languages["en"]!.hash);
        // The same index as a build that starts with an empty cache makes.
        const empty = mkdtempSync(path.join(tmpdir(), "search-index-empty-"));
        try {
          expect(edited).toEqual(await build(empty, "A new title"));
        } finally {
          rmSync(empty, { recursive: true, force: true });
        }
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    });

    it("finds ready what the warm-up indexed from the same records, and indexes again when they differ", async () => {
      const cacheDir = mkdtempSync(path.join(tmpdir(), "search-index-cache-"));
      const empty = mkdtempSync(path.join(tmpdir(), "search-index-empty-"));
      const records = (english: string) => ({
        en: [record("/statements/one/", english)],
        ar: [record("/ar/statements/one/", "بيان")],
      });
      try {
        const warmed = await warmSearchIndex({ records: records("First title"), cacheDir, limitMs: 60_000 });
        expect(warmed.indexed).toEqual([
          { lang: "en", pages: 1 },
          { lang: "ar", pages: 1 },
        ]);
        const lines: string[] = [];
        const built = await build(cacheDir, "First title", lines);
        expect(lines).toContain("  search index: en, ar found in the cache, copied from there");
        expect(lines.some((line) => line.includes("Pagefind is indexing"))).toBe(false);
        expect(built).toEqual(await build(empty, "First title"));

        // Records read before an edit the pages then carry: the warm-up's English is not used.
        const again = await warmSearchIndex({ records: records("First title"), cacheDir, limitMs: 60_000 });
        expect(again).toMatchObject({ indexed: [], unchanged: ["en", "ar"] });
        const edited: string[] = [];
        await build(cacheDir, "Edited during the build", edited);
        expect(edited).toContain("  search index: ar found in the cache, copied from there");
        expect(edited).toContain("  search index: Pagefind is indexing 1 pages (en)");
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
        rmSync(empty, { recursive: true, force: true });
      }
    });

    it("never uses a language's folder whose key does not match, and keeps only the languages' folders", async () => {
      const cacheDir = mkdtempSync(path.join(tmpdir(), "search-index-cache-"));
      try {
        await build(cacheDir, "First title");
        writeFileSync(path.join(cacheDir, "en", "key"), "something else");
        // Left by a build that was stopped, and by a language the site no longer has.
        mkdirSync(path.join(cacheDir, ".en-unfinished"));
        mkdirSync(path.join(cacheDir, "fr"));
        const lines: string[] = [];
        await build(cacheDir, "First title", lines);
        expect(lines).toContain("  search index: ar found in the cache, copied from there");
        expect(readdirSync(cacheDir).sort()).toEqual(["ar", "en"]);
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    });
  });
});
