import { describe, expect, it } from "vitest";
import { contentChunkGroups } from "../../src/build/content-chunks.ts";

const [group] = contentChunkGroups("/site/content", 4).groups;
const name = (id: string) => group!.name(id);

describe("contentChunkGroups", () => {
  it("puts an entry and its query variants in one chunk of its collection and language", () => {
    const chunk = name("/site/content/statements/en/gaza.mdx");
    expect(chunk).toMatch(/^content-statements-en-[0-3]$/);
    expect(name("/site/content/statements/en/gaza.mdx?astroPropagatedAssets")).toBe(chunk);
    expect(name("/site/content/faq/ar/why.md")).toMatch(/^content-faq-ar-[0-3]$/);
  });

  it("spreads a collection's entries over the chunks it is given, and no more", () => {
    const chunks = new Set(
      Array.from({ length: 200 }, (_, index) => name(`/site/content/statements/en/statement-${index}.mdx`)),
    );
    expect(chunks.size).toBe(4);
  });

  it("leaves every other module to the bundler", () => {
    for (const id of [
      "/site/src/components/mdx/Aside.astro",
      "/site/content/demands/en/ceasefire.yaml",
      "/site/content/settings.yaml",
      "/elsewhere/content/statements/en/gaza.mdx",
      "\0astro:content",
    ]) {
      expect(name(id)).toBeNull();
      expect(group!.test(id)).toBe(false);
    }
  });
});
