import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordsFromContent } from "../../src/build/search-warm-up";
import { searchRecordsFrom, type SearchSources } from "../../src/lib/search-records-from";
import { loadSettings } from "../../src/site/settings";

const pathTo = (lang: string, ...segments: string[]) =>
  `/campaign/${[...(lang === "en" ? [] : [lang]), ...segments].join("/")}/`;

describe("searchRecordsFrom: what search finds in a language", () => {
  const statement = (id: string, title: string, day = "2025-01-20") => ({
    id,
    data: {
      title,
      summary: `${title}, in short.`,
      published: new Date(`${day}T00:00:00Z`),
      tags: ["gaza"],
      author: "The coordinating committee",
    },
    body: "First paragraph with **bold** words.\n\n<PullQuote>A quoted line.</PullQuote>\n",
  });
  const sources: SearchSources = {
    statements: [
      statement("en/older", "Older", "2024-05-01"),
      statement("en/zeta", "Zeta"),
      statement("ar/alpha", "ألف"),
      statement("en/alpha", "Alpha"),
    ],
    actions: [
      {
        id: "en/march",
        data: { title: "March", summary: "Come.", tags: [], steps: ["Bring a sign."] },
        body: "Why we march.",
      },
    ],
    answers: [{ id: "en/why", data: { question: "Why do we march?" }, body: "Because it works." }],
    demands: [{ id: "en/stop", data: { title: "Stop", text: "Stop arming Israel." } }],
  };

  it("holds only the entries written in the language: statements newest first, then the rest by address", () => {
    expect(searchRecordsFrom("en", sources, pathTo).map(({ kind, url }) => `${kind} ${url}`)).toEqual([
      "statement /campaign/statements/alpha/",
      "statement /campaign/statements/zeta/",
      "statement /campaign/statements/older/",
      "action /campaign/actions/march/",
      "demand /campaign/demands/stop/",
      "answer /campaign/faq/why/",
    ]);
    expect(searchRecordsFrom("ar", sources, pathTo).map(({ url }) => url)).toEqual([
      "/campaign/ar/statements/alpha/",
    ]);
  });

  it("carries the words a reader sees, the date as the language writes it, and the topics", () => {
    const [record] = searchRecordsFrom("ar", sources, pathTo);
    expect(record).toEqual({
      kind: "statement",
      url: "/campaign/ar/statements/alpha/",
      title: "ألف",
      summary: "ألف, in short.",
      date: "20 يناير 2025",
      datetime: "2025-01-20",
      topics: ["gaza"],
      text: "The coordinating committee\nFirst paragraph with bold words.\nA quoted line.",
    });
  });
});

describe("recordsFromContent: the records read from the content files, beside Astro", () => {
  const contentDir = path.resolve("tests/fixtures/site/content");
  const settings = loadSettings(path.join(contentDir, "settings.yaml"));
  const records = recordsFromContent(contentDir, settings)!;

  it("leaves out drafts and parked files, as the published pages do", () => {
    const urls = Object.values(records).flatMap((own) => own.map(({ url }) => url));
    expect(urls).toContain("/statements/first-statement/");
    expect(urls).toContain("/ar/statements/first-statement/");
    expect(urls.some((url) => url.includes("not-ready-yet") || url.includes("parked"))).toBe(false);
  });

  it("gives nothing when a file has a problem: the content check reports it and the build stops", () => {
    const broken = mkdtempSync(path.join(tmpdir(), "search-records-"));
    try {
      cpSync(contentDir, broken, { recursive: true });
      const file = path.join(broken, "statements", "en", "first-statement.mdx");
      writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, ""));
      expect(recordsFromContent(broken, settings)).toBeUndefined();
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
