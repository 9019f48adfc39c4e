/** A component tag found in the body of an MDX file. */
export interface ComponentUse {
  name: string;
  line: number;
  /** The text between the tag name and the closing ">", for reading attributes. */
  attributes: string;
}

/** Blanks out code so that a `<Tag>` shown as an example is not taken for a component. */
function withoutCode(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  // Fences may be indented, as they are inside list items.
  return body.replace(/^([ \t]*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

/**
 * Lists the capitalised tags in an MDX body. MDX itself only notices an
 * unknown component when the page renders, and then names neither file nor
 * line; reading the tags here lets the content check do both.
 */
export function findComponents(body: string, firstLine: number): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const text = withoutCode(body);
  for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)([^>]*)>?/g)) {
    const before = text.slice(0, match.index);
    uses.push({
      name: match[1] ?? "",
      line: firstLine + (before.match(/\n/g)?.length ?? 0),
      attributes: match[2] ?? "",
    });
  }
  return uses;
}

/** The value of a plain string attribute, such as id="stop-arming-israel". */
export function attribute(use: ComponentUse, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']([^"']*)["']`).exec(use.attributes)?.[1];
}
