import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-checks/check-content";
import { fingerprint } from "../../src/site/fingerprint";
import { formatTranslationReport } from "../../src/content-checks/translations";
import { testSettings, useContentFolder } from "./support/content-folder";

const settings = testSettings(["en", "ar", "es"]);

const original = `---
question: Why keep going after a ceasefire?
category: basics
order: 10
---
Because the war can restart.
`;

const folder = useContentFolder("translations-");
const write = folder.write;

const translation = (translatedFrom?: string) => `---
question: ¿Por qué seguir después de un alto el fuego?
category: basics
order: 10
${translatedFrom ? `translatedFrom: "${translatedFrom}"\n` : ""}---
Porque la guerra puede volver.
`;

describe("fingerprint", () => {
  it("ignores line endings and trailing spaces but not wording", () => {
    expect(fingerprint("a  \r\nb\n")).toBe(fingerprint("a\nb"));
    expect(fingerprint("a\nb")).not.toBe(fingerprint("a\nc"));
    expect(fingerprint("a")).toMatch(/^[0-9a-f]{10}$/);
  });
});

describe("translations", () => {
  it("accepts a translation that records its original's current fingerprint", () => {
    write("faq/en/why.mdx", original);
    write("faq/es/why.mdx", translation(fingerprint(original)));
    const { problems, translations } = checkContent(folder.dir(), settings);
    expect(problems).toEqual([]);
    expect(translations.outdated).toEqual([]);
    expect(translations.missing).toEqual([
      { original: expect.stringContaining("faq/en/why.mdx"), languages: ["ar"] },
    ]);
  });

  it("reports a translation made from an earlier version of its original", () => {
    write("faq/en/why.mdx", original);
    write("faq/es/why.mdx", translation(fingerprint(original.replace("restart", "start again"))));
    const { problems, translations } = checkContent(folder.dir(), settings);
    expect(problems).toEqual([]);
    expect(translations.outdated).toEqual([
      {
        translation: expect.stringContaining("faq/es/why.mdx"),
        original: expect.stringContaining("faq/en/why.mdx"),
      },
    ]);
    expect(formatTranslationReport(translations)).toContainEqual(
      expect.stringMatching(
        /^may be out of date: .*faq\/es\/why\.mdx was made from an earlier .*faq\/en\/why\.mdx$/,
      ),
    );
  });

  it("asks a translation without translatedFrom to record it, giving the value", () => {
    write("faq/en/why.mdx", original);
    write("faq/es/why.mdx", translation());
    const { problems } = checkContent(folder.dir(), settings);
    expect(problems).toEqual([
      {
        file: expect.stringContaining("faq/es/why.mdx"),
        field: "translatedFrom",
        message: expect.stringContaining(`translatedFrom: "${fingerprint(original)}"`),
      },
    ]);
  });

  it("asks for quotes when a fingerprint made only of digits and an e was read as a number", () => {
    write("faq/en/why.mdx", original);
    write("faq/es/why.mdx", translation().replace("---\n", "---\ntranslatedFrom: 79383e6838\n"));
    const { problems } = checkContent(folder.dir(), settings);
    expect(problems).toContainEqual({
      file: expect.stringContaining("faq/es/why.mdx"),
      field: "translatedFrom",
      message: expect.stringContaining("put the fingerprint in double quotes"),
    });
  });

  it("refuses a translation of an entry that does not exist", () => {
    write("faq/es/why.mdx", translation("0123456789"));
    const { problems } = checkContent(folder.dir(), settings);
    expect(problems).toEqual([
      {
        file: expect.stringContaining("faq/es/why.mdx"),
        field: "translatedFrom",
        message: expect.stringContaining("names an original that does not exist"),
      },
    ]);
  });

  it("accepts an entry written first in another language, with no translatedFrom", () => {
    write("faq/ar/only-in-arabic.mdx", translation().replace("¿Por qué", "لماذا"));
    expect(checkContent(folder.dir(), settings).problems).toEqual([]);
  });

  it("refuses translatedFrom on an original", () => {
    write("faq/en/why.mdx", original.replace("order: 10", 'order: 10\ntranslatedFrom: "0123456789"'));
    expect(checkContent(folder.dir(), settings).problems).toEqual([
      {
        file: expect.stringContaining("faq/en/why.mdx"),
        field: "translatedFrom",
        message: expect.stringContaining("belongs on translations only"),
      },
    ]);
  });
});
