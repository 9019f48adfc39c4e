import { Fragment, jsx } from "astro/jsx-runtime";
import { render, type CollectionEntry, type CollectionKey } from "astro:content";
import { replayMdxBody, STORED_MDX, type StoredMdx } from "~/lib/stored-mdx-tree.ts";

type Rendered = Awaited<ReturnType<typeof render>>;

/** The body component of an MDX entry rendered during the content sync. */
function storedContent({ tree }: StoredMdx) {
  // Called with the page's props, as the compiled module's Content is: `components` are the
  // components editors may use (components/mdx/), by name.
  const Content = (props: { components?: Record<string, unknown> } = {}) => {
    const components = props.components ?? {};
    // The compiled body would let a page swap HTML elements (`components={{ a: MyLink }}`); the
    // record keeps tags as written, so a page that tried would silently lose its swap.
    const swapped = Object.keys(components).filter((name) => /^[a-z]/.test(name));
    if (swapped.length)
      throw new Error(`A stored MDX body cannot replace HTML elements (${swapped.join(", ")}).`);
    return replayMdxBody(tree, { jsx, Fragment }, components);
  };
  // What @astrojs/mdx marks its compiled Content with, so Astro renders this one the same way:
  // the last is what its __astro_tag_component__(Content, "astro:jsx") sets.
  Object.assign(Content, {
    [Symbol.for("mdx-component")]: true,
    [Symbol.for("astro.needsHeadRendering")]: true,
  });
  Object.defineProperty(Content, Symbol.for("astro:renderer"), { value: "astro:jsx" });
  return Content as unknown as Rendered["Content"];
}

/**
 * Renders an entry's body: Astro's render(), except for an MDX body rendered during the content
 * sync (build/mdx-at-sync.ts), which Astro's render() would show empty. Every page renders
 * bodies through this; tests/unit/render-entry-use.test.ts keeps it so.
 */
export async function renderEntry(entry: CollectionEntry<CollectionKey>): Promise<Rendered> {
  const metadata = (entry as { rendered?: { metadata?: Record<string, unknown> } }).rendered?.metadata;
  const stored = metadata?.[STORED_MDX] as StoredMdx | undefined;
  if (!stored) return render(entry);
  return {
    Content: storedContent(stored),
    headings: (metadata?.headings as Rendered["headings"] | undefined) ?? [],
    remarkPluginFrontmatter: {},
  };
}
