import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MdastPluginDefinition } from "satteri";
import { LOCAL_FILES } from "../components/mdx/props.ts";

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
}

const expression = (name: string, value: string): JsxAttribute => ({
  type: "mdxJsxAttribute",
  name,
  value: { type: "mdxJsxAttributeValueExpression", value },
});

/**
 * A Sätteri MDX plugin that sends the files editors name in <Video>, <Audio> and <MediaLink>
 * (src="./media/march.mp4", poster="./images/still.jpg") through the build, as Astro does with
 * pictures in Markdown: each becomes an import of the entry's module. Vite then publishes only
 * the files a page uses, under content-hashed names that browsers may cache for good, and the
 * site's folder (a base such as /campaign/) is in every address. Videos, recordings and
 * captions are published as they are (`?url`); posters are imported as pictures, so the
 * component resizes them and the published copy carries no metadata. Each media file's size is
 * passed on too, so readers on metered data see it before they press play.
 *
 * The content check has already refused anything but a relative path to an existing file.
 */
export function localMedia(): MdastPluginDefinition {
  return {
    name: "campaign-local-media",
    before(_root, context) {
      context.data["campaignMediaImports"] = [];
    },
    mdxJsxFlowElement: (node, context) => rewrite(node as unknown as JsxElement, context),
    mdxJsxTextElement: (node, context) => rewrite(node as unknown as JsxElement, context),
    after(root, context) {
      const imports = context.data["campaignMediaImports"] as string[];
      if (imports.length)
        context.prependChild(root, { type: "mdxjsEsm", value: imports.join("\n") } as never);
    },
  };

  function rewrite(node: JsxElement, context: Parameters<NonNullable<MdastPluginDefinition["after"]>>[1]) {
    const files = LOCAL_FILES[node.name as keyof typeof LOCAL_FILES];
    if (!files || !context.fileURL) return undefined;
    const imports = context.data["campaignMediaImports"] as string[];
    const folder = path.dirname(fileURLToPath(context.fileURL));
    let changed = false;
    const attributes = node.attributes.flatMap((attribute): JsxAttribute[] => {
      const kind = attribute.name ? files[attribute.name] : undefined;
      const address = attribute.value;
      if (!kind || typeof address !== "string" || !/^\.\.?\//.test(address)) return [attribute];
      changed = true;
      const name = `__campaign_file_${imports.length}`;
      const specifier = kind === "picture" ? address : `${address}?url`;
      imports.push(`import ${name} from ${JSON.stringify(specifier)};`);
      const replaced = [expression(attribute.name ?? "", name)];
      if (kind === "video" || kind === "audio")
        replaced.push(expression("bytes", String(statSync(path.resolve(folder, address)).size)));
      return replaced;
    });
    if (!changed) return undefined;
    return { type: node.type, name: node.name, attributes, children: node.children } as never;
  }
}
