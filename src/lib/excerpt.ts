/**
 * A plain-text opening of a Markdown or MDX body, for a page's meta
 * description when its frontmatter has no summary (an FAQ answer, say).
 * Search results and link previews show about 160 characters, so the text is
 * cut at a word before that and marked as cut.
 */
export function plainExcerpt(markdown: string, maxLength = 160): string {
  const text = paragraphs(markdown).join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  // A sentence of one long word (a URL, say) is cut where it is rather than dropped.
  const kept = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,;:.،؛-]+$/u, "")}…`;
}

/**
 * Every word of a Markdown or MDX body a reader sees, one paragraph a line: what search indexes.
 * Unlike an excerpt, the text inside components (a pull quote, an aside) counts; a component
 * with no text of its own (<Demands />) gives none.
 */
export function plainText(markdown: string): string {
  return paragraphs(markdown, { components: true })
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0)
    .join("\n");
}

/**
 * The prose paragraphs of a body, inline syntax removed; code and imports left out, and
 * components too unless `components` asks for the text inside them.
 */
function paragraphs(markdown: string, { components = false } = {}): string[] {
  const body = markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/^(?:import|export)\s.*$/gm, "");
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0 && (components || !block.startsWith("<")) && !/^\|/.test(block))
    .map((block) => inlineText(block.replace(/^\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")))
    .filter((block) => block.length > 0);
}

const EMPHASIS = /(\*\*|__|\*|_|`|~~)(\S(?:.*?\S)?)\1/g;

/** Markdown inline syntax to the words a reader sees. */
function inlineText(block: string): string {
  return (
    block
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      // Twice, for emphasis inside emphasis (**_like this_**).
      .replace(EMPHASIS, "$2")
      .replace(EMPHASIS, "$2")
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
  );
}
