import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-checks/check-content";
import { faqSchema } from "../../src/schemas/faq";
import { testSettings, useContentFolder } from "./support/content-folder";

const settings = testSettings();

const faq = (share: string) => `---
question: Why keep going after a ceasefire?
category: basics
order: 10
share:
${share}
---
Because the war can restart.
`;

const folder = useContentFolder("share-text-");

function check(contents: string) {
  folder.write("faq/en/why-keep-going.mdx", contents);
  return checkContent(folder.dir(), settings).problems;
}

describe("share text", () => {
  it("accepts texts within every network's limit", () => {
    expect(check(faq('  text: "Read why the campaign goes on."\n  x: "Why we keep going."'))).toEqual([]);
  });

  it("refuses an X text over 256 characters, since X counts the link as 23 of its 280", () => {
    const result = faqSchema.safeParse({
      question: "Why keep going?",
      category: "basics",
      order: 1,
      share: { x: "x".repeat(257) },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("X allows 280 characters and counts the link as 23");
  });

  it("measures a Bluesky text together with the page's real address", () => {
    const url = "https://example.org/faq/why-keep-going/";
    const fits = "b".repeat(300 - 1 - url.length);
    expect(check(faq(`  bluesky: "${fits}"`))).toEqual([]);
    const problems = check(faq(`  bluesky: "${fits}!"`));
    expect(problems).toEqual([
      {
        file: expect.stringContaining("faq/en/why-keep-going.mdx"),
        field: "share.bluesky",
        message: `is ${fits.length + 1} characters, and with the link (${url.length}) the post would be 301; Bluesky allows 300. Shorten it by 1.`,
      },
    ]);
  });
});
