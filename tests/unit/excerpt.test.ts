import { describe, expect, it } from "vitest";
import { plainExcerpt, plainText } from "../../src/lib/excerpt";

describe("plainExcerpt", () => {
  it("gives the words a reader sees, without Markdown syntax", () => {
    const body = [
      "We are the **International Action Center**, an _anti-war_ organization.",
      "",
      "- **Write** to your [elected officials](/actions/write/).",
      "- Join the ~~old~~ protests: **_now_**.",
    ].join("\n");
    expect(plainExcerpt(body, 500)).toBe(
      "We are the International Action Center, an anti-war organization. Write to your elected officials. Join the old protests: now.",
    );
  });

  it("leaves out imports, components, images, headings' marks and code", () => {
    const body = [
      'import Note from "./note.astro";',
      "",
      "## Why",
      "",
      '<CallToAction id="write-to-elected-officials" />',
      "",
      "![A march](./march.jpg) Because it matters.",
      "",
      "```",
      "code()",
      "```",
    ].join("\r\n");
    expect(plainExcerpt(body)).toBe("Why Because it matters.");
  });

  it("cuts a long text at a word before the limit and marks the cut", () => {
    const body = "word ".repeat(100);
    const excerpt = plainExcerpt(body, 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt).toMatch(/^(?:word )+word…$/);
  });

  it("cuts Arabic at a space and drops the comma before the mark", () => {
    const body = "نحن منظمة مناهضة للحرب، نقف متضامنين مع فلسطين وضد النزعة العسكرية للولايات المتحدة.";
    const excerpt = plainExcerpt(body, 26);
    expect(excerpt).toBe("نحن منظمة مناهضة للحرب…");
  });

  it("keeps a short text whole", () => {
    expect(plainExcerpt("Short answer.")).toBe("Short answer.");
  });

  it("cuts inside one long word rather than giving nothing", () => {
    const excerpt = plainExcerpt(`See https://example.org/${"x".repeat(200)}`, 40);
    expect(excerpt.length).toBe(40);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});

describe("plainText", () => {
  it("keeps every paragraph, and the words inside components, for search", () => {
    const body = [
      'import Note from "./note.astro";',
      "",
      "## Why we march",
      "",
      "<PullQuote>",
      "Resistance is **possible**.",
      "</PullQuote>",
      "",
      '<Video src="./media/march.mp4" captions="./media/march.vtt" title="The march" />',
      "",
      "<Demands />",
      "",
      "Join the [committee](/actions/start/).",
    ].join("\n");
    expect(plainText(body)).toBe("Why we march\nResistance is possible.\nJoin the committee.");
  });
});
