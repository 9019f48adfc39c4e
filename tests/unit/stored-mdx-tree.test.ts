import path from "node:path";
import { mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES } from "../../src/components/mdx/names";
import { hasElement, recordMdxBody, replayMdxBody, type StoredNode } from "../../src/lib/stored-mdx-tree";
import { mdxBody, mdxFilesUnder } from "../support/mdx-files";

// Without plugins, satteri compiles at once, with no promise.
const compile = (body: string) =>
  mdxToJs(body, {
    jsxImportSource: "astro",
    elementAttributeNameCase: "html",
    outputFormat: "function-body",
    features: { gfm: true, smartPunctuation: true },
  }).code;

// A runtime that builds plain objects, as Astro's builds its vnodes: two runs that make the same
// calls give equal trees.
const Fragment = Symbol("Fragment");
const vnodes = {
  Fragment,
  jsx: (type: unknown, props: Record<string, unknown> | null, key?: unknown) => ({ type, props, key }),
};
const components = Object.fromEntries(MDX_COMPONENT_NAMES.map((name) => [name, function component() {}]));

/** What the compiled body itself returns with this runtime and these components. */
function runCompiled(code: string) {
  const body = new Function(code) as (runtime: object) => { default: (props: object) => unknown };
  return body({ ...vnodes, jsxs: vnodes.jsx }).default({ components });
}

const replay = (tree: StoredNode) => replayMdxBody(tree, vnodes, components);

const contentFiles = ["statements", "actions", "faq", "pages"].flatMap((collection) =>
  mdxFilesUnder(path.join("content", collection)),
);

describe("a recorded MDX body", () => {
  it.each([
    [
      "headings, emphasis, links and lists",
      `## A *heading*\n\nText with [a link](https://example.org) & “quotes”.\n\n- one\n- two\n`,
    ],
    [
      "a component with Markdown inside, and a self-closing one",
      `<PullQuote>Said **plainly**.</PullQuote>\n\n<CallToAction id="march" />\n`,
    ],
    ["a component inside a paragraph", `Read <MediaLink href="/x.pdf">the text</MediaLink> first.\n`],
    ["components inside components", `<Aside>\n\n<PullQuote>Inside.</PullQuote>\n\n</Aside>\n`],
    ["HTML tags with attributes", `An <abbr title="Boycott, Divestment, Sanctions">BDS</abbr> call.<br />\n`],
    ["a table and a footnote", `| a | b |\n| - | - |\n| 1 | 2 |\n\nNoted.[^1]\n\n[^1]: The note.\n`],
    ["escaped braces and an empty body", `Write \\{ and \\} as text.\n`],
  ])("makes the same calls as the compiled body: %s", (_, body) => {
    const code = compile(body);
    const tree = recordMdxBody(code, MDX_COMPONENT_NAMES);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(replay(tree)).toEqual(runCompiled(code));
  });

  it("makes the same calls as the compiled body for every MDX file in content/", () => {
    expect(contentFiles.length).toBeGreaterThan(5);
    for (const file of contentFiles) {
      const code = compile(mdxBody(file));
      expect(replay(recordMdxBody(code, MDX_COMPONENT_NAMES)), file).toEqual(runCompiled(code));
    }
  });

  it("keeps components by name, and whether they had children", () => {
    const tree = recordMdxBody(
      compile(`<CallToAction id="march" />\n\n<PullQuote>Yes.</PullQuote>\n`),
      MDX_COMPONENT_NAMES,
    );
    const json = JSON.stringify(tree);
    expect(json).toContain(`{"m":"CallToAction","a":{"id":"march"}}`);
    expect(json).toContain(`{"m":"PullQuote","c":"Yes."}`);
  });

  it("fails on a component that is not among the names given, as the page would", () => {
    const code = compile(`<Banner />\n`);
    expect(() => recordMdxBody(code, MDX_COMPONENT_NAMES)).toThrow(/Banner/);
  });

  it("refuses a value it could not keep as data", () => {
    const code = `const { jsx } = arguments[0]; return { default: () => jsx("p", { onclick: () => 1 }) };`;
    expect(() => recordMdxBody(code, [])).toThrow(/<p> has a value that is not text \(function\)/);
  });

  it("fails on replay when the page does not provide a component", () => {
    const tree = recordMdxBody(compile(`<Aside>Note.</Aside>\n`), MDX_COMPONENT_NAMES);
    expect(() => replayMdxBody(tree, vnodes, {})).toThrow(/<Aside>, which the page does not provide/);
  });

  it("finds elements anywhere in it", () => {
    const tree = recordMdxBody(
      compile(`<Aside>\n\n![A march](./march.jpg)\n\n</Aside>\n`),
      MDX_COMPONENT_NAMES,
    );
    expect(hasElement(tree, new Set(["img"]))).toBe(true);
    expect(hasElement(tree, new Set(["script"]))).toBe(false);
  });
});
