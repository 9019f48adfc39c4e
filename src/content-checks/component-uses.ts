import { closest } from "fastest-levenshtein";
import type { z } from "astro/zod";
import { MDX_COMPONENT_NAMES, type MdxComponentName } from "../components/mdx/names.ts";
import { LOCAL_FILES, mdxComponentProps } from "../components/mdx/props.ts";
import { checkLocalFile } from "./local-files.ts";
import type { ComponentUse } from "./mdx-components.ts";

const isKnown = (name: string): name is MdxComponentName =>
  (MDX_COMPONENT_NAMES as readonly string[]).includes(name);

function attributeProblems(name: MdxComponentName, attributes: ComponentUse["attributes"]): string[] {
  const schema: z.ZodType = mdxComponentProps[name];
  const result = schema.safeParse(attributes);
  if (result.success) return [];
  const allowed = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
  return result.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        if (!allowed.length) return `<${name}> takes no attributes: remove ${key}="…"`;
        const guess = closest(key, allowed);
        return `<${name}> has no attribute "${key}". ${guess ? `Did you mean "${guess}"? ` : ""}It takes ${allowed.join(", ")}`;
      });
    }
    const attribute = String(issue.path[0] ?? "");
    if (issue.code === "invalid_type" && attributes[attribute] === undefined)
      return [`<${name}> needs ${attribute}="…": ${issue.message.replace(/^must be /, "")}`];
    return [`<${name} ${attribute}> ${issue.message}`];
  });
}

/**
 * Checks every component an MDX body uses: that editors may use it, that its attributes are
 * the ones it takes (each with the value it needs), that every file it names is publishable,
 * and that a recording comes with its transcript. Returns "line N: …" messages.
 */
export function checkComponentUses(
  uses: readonly ComponentUse[],
  entryFile: string,
  contentDir: string,
): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    const at = (message: string) => problems.push(`line ${use.line}: ${message}`);
    if (!isKnown(use.name)) {
      at(
        `<${use.name}> is not a component editors can use. Use one of ${MDX_COMPONENT_NAMES.map((known) => `<${known}>`).join(", ")}, or remove the tag.`,
      );
      continue;
    }
    if (use.codeAttributes.length) {
      at(
        `<${use.name}> has ${use.codeAttributes.join(", ")} written in {curly braces}, which runs as code when the site is built. Write the value in quotes.`,
      );
      continue;
    }
    for (const message of attributeProblems(use.name, use.attributes)) at(`${message}.`);
    if (use.name === "Audio" && !use.text)
      at(
        `<Audio> needs a transcript between <Audio …> and </Audio>: what is said, for readers who cannot listen (deaf readers, or anyone on a bus) and for search engines.`,
      );
    for (const [attribute, kind] of Object.entries(LOCAL_FILES[use.name] ?? {})) {
      const address = use.attributes[attribute];
      if (!address || !/^\.\.?\//.test(address)) continue;
      const problem = checkLocalFile(entryFile, address, kind, contentDir);
      if (problem) at(`<${use.name} ${attribute}> ${problem}.`);
    }
  }
  return problems;
}
