import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectionSchema, fileShape } from "../../src/admin/cms-config";
import { EntryFiles, SOURCE_KEY } from "../../src/admin/editor/entry-file";
import { fingerprintInBrowser, STAMP_PENDING, TranslationStamps } from "../../src/admin/editor/translations";
import { EDITOR_COMPONENTS } from "../../src/admin/editor-components";
import { fingerprint } from "../../src/site/fingerprint";
import { COLLECTION_LAYOUT, type CollectionName } from "../../src/site/content-layout";

/**
 * What the web editor writes (src/admin/editor/): files read and saved unchanged keep every
 * byte, a change touches only its own lines, the four MDX components read and write back their
 * exact text, and a translation saved in the editor records the fingerprint the build expects.
 */

/** Every content file of the sample site, as the CMS hands it over: trimmed, with \n line ends. */
const contentFiles = (Object.keys(COLLECTION_LAYOUT) as CollectionName[]).flatMap((collection) => {
  const folder = path.join("content", COLLECTION_LAYOUT[collection].folder);
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(mdx|yaml)$/.test(file))
    .map((file) => ({
      collection,
      file: path.join(folder, file),
      text: readFileSync(path.join(folder, file), "utf8"),
    }));
});

const editorText = (text: string) => text.trim().replace(/\r\n?/g, "\n");
/** What the CMS writes: the format's text, trimmed, with one final newline. */
const saved = (text: string) => `${text.trim()}\n`;

describe("files the web editor saves", () => {
  it("has the sample site's content to read", () => {
    expect(contentFiles.length).toBeGreaterThan(50);
  });

  it.each(contentFiles)("$file: saved unchanged, keeps every byte", ({ collection, text }) => {
    const shape = fileShape(collection);
    const files = new EntryFiles(shape);
    const data = files.read(editorText(text));
    expect(saved(files.write(structuredClone(data)))).toBe(text);
    // The editor fills in the values a file leaves to the schema's defaults (draft: false).
    const filled = { ...structuredClone(shape.defaults), ...structuredClone(data) };
    expect(saved(files.write(filled))).toBe(text);
    expect(files.changed(filled)).toBe(false);
  });

  it("changes only the lines of the values that changed, keeping comments and styles", () => {
    const files = new EntryFiles(fileShape("demands"));
    const text =
      "# A comment the editor keeps\ntitle: Stop arming Israel\ntext: >-\n  One paragraph that says what is demanded,\n  folded over two lines.\norder: 30\n";
    const data = files.read(editorText(text));
    expect(saved(files.write({ ...data, order: 40 }))).toBe(text.replace("order: 30", "order: 40"));
  });

  it("rewrites a changed list in place and removes a field emptied in the form, line and all", () => {
    const files = new EntryFiles(fileShape("actions"));
    const frontMatter = (lines: string[]) =>
      `---\ntitle: Write to them\n${lines.join("\n")}\npriority: 10\n---\n\nWhy.\n`;
    const text = frontMatter([
      "steps:",
      "  - Read the letter.",
      "  - Send it.",
      "deadline: 2025-03-01 # the vote",
    ]);
    const data = files.read(editorText(text));
    const written = files.write({
      ...data,
      steps: ["Read the letter.", "Add your name.", "Send it."],
      deadline: "",
    });
    expect(saved(written)).toBe(
      frontMatter(["steps:", "  - Read the letter.", "  - Add your name.", "  - Send it."]),
    );
  });

  it("keeps a list on one line when it was, and writes new fields in the schema's order", () => {
    const files = new EntryFiles(fileShape("statements"));
    const text = readFileSync("content/statements/en/keep-mobilizing-after-the-ceasefire.mdx", "utf8");
    const data = files.read(editorText(text));
    const written = files.write({ ...data, tags: ["ceasefire", "gaza"], author: "A named signatory" });
    expect(written).toContain("\ntags: [ceasefire, gaza]\n");
    expect(written).toContain("\nauthor: A named signatory\n");
    expect(saved(written).split("---\n").slice(2).join("---\n")).toBe(
      text.split("---\n").slice(2).join("---\n"),
    );
  });

  it("writes a new entry as the schema's fields in order, quoting the fingerprint, with its body after", () => {
    const files = new EntryFiles(fileShape("statements"));
    const written = files.write({
      draft: false,
      title: "A new statement",
      summary: "One or two sentences, long enough to be shared as a link preview.",
      published: "2026-11-30",
      demands: ["stop-arming-israel"],
      tags: [],
      translatedFrom: "0123456789",
      image: { src: "", alt: "" },
      body: "The text.",
      [SOURCE_KEY]: undefined,
    });
    expect(written).toBe(
      '---\ntitle: A new statement\nsummary: One or two sentences, long enough to be shared as a link preview.\npublished: 2026-11-30\ndemands:\n  - stop-arming-israel\ntranslatedFrom: "0123456789"\n---\n\nThe text.\n',
    );
    const {
      body,
      [SOURCE_KEY]: id,
      ...frontMatter
    } = new EntryFiles(fileShape("statements")).read(editorText(written));
    expect([body, id]).toEqual(["The text.", "f1"]);
    expect(collectionSchema("statements").safeParse(frontMatter).error).toBeUndefined();
  });
});

describe("the four MDX components in the editor", () => {
  const lines = contentFiles.flatMap(({ file, text }) => text.split("\n").map((line) => ({ file, line })));

  it.each(EDITOR_COMPONENTS.map((component) => ({ id: component.id, component })))(
    "$id: every use in the sample content reads and writes back to the same text",
    ({ id, component }) => {
      const uses = lines.filter(({ line }) => line.startsWith(`<${id}`));
      const samples = uses.length > 0 ? uses.map(({ line }) => line) : [component.toBlock({})];
      for (const line of samples) {
        const match = component.pattern.exec(line);
        expect(match, line).not.toBeNull();
        expect(component.toBlock(component.fromBlock?.(match as RegExpMatchArray) ?? {})).toBe(line);
      }
    },
  );

  it("escapes what MDX would read as code, and reads it back", () => {
    const [pullQuote, aside] = EDITOR_COMPONENTS;
    const text = 'Braces {like these}, a <tag and a "quote"';
    const block = aside!.toBlock({ title: 'The "Hannibal" Directive', text });
    expect(block).toBe(
      '<Aside title="The &quot;Hannibal&quot; Directive">Braces \\{like these\\}, a \\<tag and a "quote"</Aside>',
    );
    expect(aside!.fromBlock!(aside!.pattern.exec(block) as RegExpMatchArray)).toEqual({
      title: 'The "Hannibal" Directive',
      text,
    });
    expect(pullQuote!.toBlock({ text: "Two\nlines" })).toBe("<PullQuote>Two lines</PullQuote>");
  });
});

describe("translations saved in the editor", () => {
  const original = readFileSync("content/statements/en/keep-mobilizing-after-the-ceasefire.mdx", "utf8");
  const arabic = readFileSync("content/statements/ar/keep-mobilizing-after-the-ceasefire.mdx", "utf8");

  it("fingerprint an original in the browser exactly as the build does", async () => {
    for (const { text } of contentFiles.slice(0, 10))
      expect(await fingerprintInBrowser(text)).toBe(fingerprint(text));
  });

  it("record, on each translation changed in a save, the original's file as it is written, and leave untouched ones alone", async () => {
    const files = new EntryFiles(fileShape("statements"));
    const data = files.read(editorText(original));
    const ar = files.read(editorText(arabic));
    const edited = { ...data, title: "After the ceasefire, keep mobilizing for Palestine now" };

    const untouched = new TranslationStamps().prepare(
      { data: edited, i18n: { ar: { data: { ...ar, draft: false } } } },
      files,
    );
    expect(untouched).toEqual({ stamped: [] });

    const stamps = new TranslationStamps();
    const changed = stamps.prepare(
      { data: edited, i18n: { ar: { data: { ...ar, title: "عنوان جديد" } }, es: { data: {} } } },
      files,
    );
    expect(changed).toEqual({ originalId: data[SOURCE_KEY], stamped: ["ar"] });
    // The translation's file may be written first: it waits for the original's.
    const translation = stamps.stamp({ ...ar, title: "عنوان جديد", translatedFrom: STAMP_PENDING });
    const written = saved(files.write(edited));
    stamps.written(edited, written);
    expect((await translation)["translatedFrom"]).toBe(fingerprint(written));
    // A translation that was not changed keeps what it recorded.
    expect(await stamps.stamp(ar)).toBe(ar);
  });

  it("give a new entry's original a mark, so its file is known when written", async () => {
    const files = new EntryFiles(fileShape("faq"));
    const stamps = new TranslationStamps();
    const original = { question: "Why keep going?", category: "basics", order: 10, body: "Because." };
    const { originalId, stamped } = stamps.prepare(
      { data: original, i18n: { es: { data: { question: "¿Por qué seguir?" } } } },
      files,
    );
    expect(stamped).toEqual(["es"]);
    const marked = { ...original, [SOURCE_KEY]: originalId };
    const text = saved(files.write(marked));
    expect(text).toBe("---\nquestion: Why keep going?\ncategory: basics\norder: 10\n---\n\nBecause.\n");
    stamps.written(marked, text);
    expect(
      (await stamps.stamp({ question: "¿Por qué seguir?", translatedFrom: STAMP_PENDING }))["translatedFrom"],
    ).toBe(fingerprint(text));
  });
});
