import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroConfig } from "astro";
import { describe, expect, it } from "vitest";
import astroConfig from "../../astro.config.mjs";
import { mdxCompiler } from "../../src/build/mdx-at-sync";
import { mdxBody, mdxFilesUnder } from "../support/mdx-files";

// The site's own Markdown settings and processor (its plugins: links, local media), with Astro's
// defaults where the config leaves them out, as @astrojs/mdx resolves them.
const markdown = { gfm: true, smartypants: true, ...astroConfig.markdown } as AstroConfig["markdown"];

interface MdxRenderer {
  process(body: string, file: string, frontmatter: object): Promise<{ code: string }>;
}
/** What @astrojs/mdx compiles a body to: the module the bundler would get. */
async function bundlerCompile(body: string, file: string) {
  const processor = markdown.processor as unknown as {
    createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer>;
  };
  const renderer = await processor.createMdxRenderer(
    { syntaxHighlight: markdown.syntaxHighlight, gfm: markdown.gfm, smartypants: markdown.smartypants },
    { optimize: false, srcDir: pathToFileURL(path.resolve("src") + "/"), sourcemap: false },
  );
  return (await renderer.process(body, file, {})).code;
}

/** The function that makes a body's calls, as the compiled code spells it. */
const bodyFunction = (code: string) =>
  code.slice(code.indexOf("function _createMdxContent("), code.indexOf("function MDXContent("));

describe("MDX compiled during the content sync", () => {
  const compile = mdxCompiler(markdown);

  it("is compiled with the site's processor", () => {
    expect(compile).toBeDefined();
  });

  it("makes the calls the bundler's module makes, and finds the same headings, for every MDX file without a picture", async () => {
    const files = [...mdxFilesUnder("content"), ...mdxFilesUnder("tests/fixtures/site/content")];
    expect(files.length).toBeGreaterThan(10);
    const withPictures: string[] = [];
    for (const file of files) {
      const body = mdxBody(file);
      const absolute = path.resolve(file);
      const bundled = await bundlerCompile(body, absolute);
      const atSync = await compile!(body, absolute, {});
      // A body with a picture is left to the bundler, which turns the picture into an optimised image.
      if (atSync.hasPictures) {
        withPictures.push(file);
        continue;
      }
      expect(bodyFunction(atSync.code), file).toBe(bodyFunction(bundled));
      expect(bodyFunction(atSync.code).length, file).toBeGreaterThan(50);
      const headings = /export function getHeadings\(\) \{ return (.*); \}/.exec(bundled)?.[1];
      expect(JSON.stringify(atSync.headings), file).toBe(headings);
    }
    expect(withPictures).toEqual(["tests/fixtures/site/content/statements/en/first-statement.mdx"]);
  });

  it.each([
    [
      "links to this site, to another and to an address",
      `See [our demands](/demands/), [a report](https://news.example.net/r) and [info@example.org](mailto:info@example.org).\n`,
    ],
    [
      "a video, a recording and a card for a video elsewhere",
      `<Video src="./media/clip.mp4" title="A march" />\n\n<Audio src="./media/speech.mp3" title="A talk">What was said.</Audio>\n\n<MediaLink href="https://www.youtube.com/watch?v=ID" title="A speech" />\n`,
    ],
    ["headings with the same words", `## Why\n\nOne.\n\n## Why\n\nTwo.\n`],
  ])("makes the calls the bundler's module makes: %s", async (_, body) => {
    // Beside the fixture's media, which the build reads.
    const file = path.resolve("tests/fixtures/site/content/statements/en/x.mdx");
    const atSync = await compile!(body, file, {});
    expect(bodyFunction(atSync.code)).toBe(bodyFunction(await bundlerCompile(body, file)));
  });

  it("says when a body has a picture, which only the bundler can optimise", async () => {
    const file = path.resolve("content/statements/en/x.mdx");
    expect((await compile!("![A march](./images/march.jpg)\n", file, {})).hasPictures).toBe(true);
    expect((await compile!("No picture here.\n", file, {})).hasPictures).toBe(false);
  });
});
