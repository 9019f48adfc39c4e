import { mdxToMdast } from "satteri";

/** A component tag found in the body of an MDX file. */
export interface ComponentUse {
  name: string;
  line: number;
  /** Attributes written as name="value"; a bare attribute (`<Video muted />`) has the value "". */
  attributes: Record<string, string>;
  /** Attributes written in {curly braces}, whose value is code, not text. */
  codeAttributes: string[];
  /** The text between the opening and closing tag, as readers will see it. */
  text: string;
}

/** The part of an MDX tree node this module reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: TreeNode[];
}

function textOf(node: TreeNode): string {
  if (node.type === "text" || node.type === "inlineCode") return String(node.value ?? "");
  return (node.children ?? []).map(textOf).join(" ");
}

/**
 * Lists the capitalised tags in an MDX body, read from its parsed tree, so a tag shown in code
 * is not taken for one. MDX itself only notices an unknown component when the page renders,
 * and then names neither file nor line; reading the tags here lets the content check do both.
 * A body that is not valid MDX lists nothing: the MDX compiler reports it with its line.
 */
export function findComponents(body: string, firstLine: number): ComponentUse[] {
  let tree: TreeNode;
  try {
    tree = mdxToMdast(body) as TreeNode;
  } catch {
    return [];
  }
  const uses: ComponentUse[] = [];
  const visit = (node: TreeNode) => {
    const name = node.name ?? "";
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && /^[A-Z]/.test(name)) {
      const attributes: Record<string, string> = {};
      const codeAttributes: string[] = [];
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === "mdxJsxAttribute" && attribute.name && typeof attribute.value !== "object")
          attributes[attribute.name] = attribute.value === null ? "" : String(attribute.value ?? "");
        else codeAttributes.push(attribute.name ?? "{…}");
      }
      uses.push({
        name,
        line: firstLine - 1 + (node.position?.start.line ?? 1),
        attributes,
        codeAttributes,
        text: textOf(node).replace(/\s+/g, " ").trim(),
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return uses;
}
