import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// MDX bodies rendered during the content sync (src/build/mdx-at-sync.ts) come out empty from
// Astro's render(): a page that used it would publish a statement without its text.
describe("entry bodies", () => {
  it("are rendered with renderEntry (src/data/render-entry.ts), never with Astro's render()", () => {
    const files = readdirSync("src", { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(ts|astro|mdx)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => file !== path.join("src", "data", "render-entry.ts"));
    const users = files.filter((file) =>
      /import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*["']astro:content["']/.test(readFileSync(file, "utf8")),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(users).toEqual([]);
  });
});
