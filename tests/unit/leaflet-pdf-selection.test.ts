import { describe, expect, it } from "vitest";
import {
  leafletKey,
  leafletsWithPdfs,
  newestStatements,
  PDF_ACTIONS_PER_LANGUAGE,
  PDF_STATEMENTS_PER_LANGUAGE,
  type PdfCandidate,
} from "../../src/lib/leaflet-pdf-selection";

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);

/** `count` statements in `lang`, statement-<n> published on day n (so the highest n is the newest). */
const statements = (lang: string, count: number): PdfCandidate[] =>
  Array.from({ length: count }, (_, n) => ({
    lang,
    kind: "statements",
    slug: `statement-${n}`,
    published: day(n),
  }));

const action = (lang: string, slug: string, status: "active" | "won" | "closed", priority = 10) => ({
  lang,
  kind: "actions" as const,
  slug,
  active: status === "active",
  priority,
});

describe("which leaflets get PDFs", () => {
  it("gives a small site PDFs for every statement and every current action", () => {
    const leaflets = [...statements("en", 3), action("en", "write", "active")];
    expect([...leafletsWithPdfs(leaflets)].sort()).toEqual(
      [
        "en/actions/write",
        "en/statements/statement-0",
        "en/statements/statement-1",
        "en/statements/statement-2",
      ].sort(),
    );
  });

  it("takes the newest statements in each language, whatever order they come in", () => {
    const shuffled = [...statements("en", 30), ...statements("ar", 25)].reverse();
    const chosen = leafletsWithPdfs(shuffled, { statements: 5, actions: 5 });
    expect([...chosen].sort()).toEqual(
      [25, 26, 27, 28, 29]
        .map((n) => `en/statements/statement-${n}`)
        .concat([20, 21, 22, 23, 24].map((n) => `ar/statements/statement-${n}`))
        .sort(),
    );
  });

  it("counts each language on its own: a busy language does not crowd out a quiet one", () => {
    const chosen = leafletsWithPdfs([...statements("en", 500), ...statements("es", 2)]);
    expect(chosen.has("es/statements/statement-0")).toBe(true);
    expect(chosen.has("es/statements/statement-1")).toBe(true);
    expect([...chosen].filter((key) => key.startsWith("en/"))).toHaveLength(PDF_STATEMENTS_PER_LANGUAGE);
  });

  it("leaves won and closed actions without PDFs, and takes current ones by priority", () => {
    const actions = [
      action("en", "closed-one", "closed", 1),
      action("en", "won-one", "won", 1),
      action("en", "later", "active", 30),
      action("en", "first", "active", 1),
      action("en", "second", "active", 2),
    ];
    expect([...leafletsWithPdfs(actions, { statements: 5, actions: 2 })]).toEqual([
      "en/actions/first",
      "en/actions/second",
    ]);
  });

  it("breaks ties between statements of the same day by slug, so every build picks the same", () => {
    const sameDay = ["c", "a", "b"].map((slug) => ({
      lang: "en",
      kind: "statements" as const,
      slug,
      published: day(1),
    }));
    expect([...leafletsWithPdfs(sameDay, { statements: 2, actions: 0 })]).toEqual([
      "en/statements/a",
      "en/statements/b",
    ]);
  });

  it("stays the same size however large the archive grows", () => {
    const archive = (size: number) => [
      ...["en", "ar", "es"].flatMap((lang) => statements(lang, size)),
      ...Array.from({ length: 30 }, (_, n) => action("en", `action-${n}`, "active", n)),
    ];
    const limit = 3 * PDF_STATEMENTS_PER_LANGUAGE + PDF_ACTIONS_PER_LANGUAGE;
    expect(leafletsWithPdfs(archive(100)).size).toBe(limit);
    expect(leafletsWithPdfs(archive(5000)).size).toBe(limit);
  });

  it("names a leaflet the same way the pages do", () => {
    expect(leafletKey({ lang: "ar", kind: "statements", slug: "x" })).toBe("ar/statements/x");
  });
});

describe("which statements are current (their own share image)", () => {
  it("takes the same newest statements per language as the PDFs, and no action", () => {
    const leaflets = [...statements("en", 30), ...statements("ar", 3), action("en", "write", "active")];
    const current = newestStatements(leaflets);
    expect(current.size).toBe(PDF_STATEMENTS_PER_LANGUAGE + 3);
    expect(current.has("en/statements/statement-29")).toBe(true);
    expect(current.has("en/statements/statement-9")).toBe(false);
    expect(current.has("ar/statements/statement-0")).toBe(true);
    expect(current.has("en/actions/write")).toBe(false);
    for (const key of current) expect(leafletsWithPdfs(leaflets).has(key)).toBe(true);
  });
});
