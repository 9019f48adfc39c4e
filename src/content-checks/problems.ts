import { closest, distance } from "fastest-levenshtein";
import path from "node:path";
import type { z } from "astro/zod";

/** A path as an editor would recognise it: relative to where the command was run. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative.split(path.sep).join("/");
}

/** One thing an editor must fix, in one file. */
export interface Problem {
  /** The file, relative to where the command was run. */
  file: string;
  /** The frontmatter field, such as `summary` or `demands[1]`; absent when the whole file is at fault. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/** The keys a strict object accepts, so a typo can be answered with a suggestion. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let value = node as { def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown } };
    // Step through optional/default/pipe wrappers to the object inside.
    for (let i = 0; i < 10 && value?.def; i++) {
      const def = value.def;
      if (def.type === "object") return value;
      const inner = def.innerType ?? def.in ?? def.schema;
      if (!inner) return value;
      value = inner as typeof value;
    }
    return value;
  };
  current = unwrap(current);
  for (const part of path) {
    const node = current as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } };
    if (node?.def?.type === "object" && typeof part === "string") current = unwrap(node.def.shape?.[part]);
    else if (node?.def?.type === "array") current = unwrap(node.def.element);
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Turns zod's findings into sentences an editor can act on. */
export function problemsFromZod(file: string, error: z.ZodError, schema: z.ZodType): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, issue.path);
      return issue.keys.map((key) => {
        const nearest = allowed.length ? closest(key, allowed) : undefined;
        // Only a near miss is a typo; "published" in an FAQ entry is not a misspelt "question".
        const suggestion =
          nearest && distance(key, nearest) <= Math.max(2, Math.floor(key.length / 3)) ? nearest : undefined;
        const hint = suggestion ? `Did you mean "${suggestion}"? ` : "";
        return {
          file,
          field: fieldPath([...issue.path, key]),
          message: `is not a field this file can have. ${hint}Fields allowed here: ${allowed.join(", ")}.`,
        };
      });
    }
    const field = fieldPath(issue.path);
    return [field ? { file, field, message: issue.message } : { file, message: issue.message }];
  });
}

/** The text printed when the content check fails. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, fileProblems] of byFile) {
    lines.push(`✖ ${file}`);
    for (const problem of fileProblems) {
      lines.push(`    ${problem.field ? `${problem.field}: ` : ""}${problem.message}`);
    }
  }
  const count = `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${byFile.size} file${byFile.size === 1 ? "" : "s"}`;
  return `${lines.join("\n")}\n\nThe content check found ${count}. Nothing was published: fix ${problems.length === 1 ? "it" : "them"} and build again.`;
}

/** Thrown to stop the build; its message is the editor-facing report. */
export class ContentCheckError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentCheckError";
    this.problems = problems;
    // The report is the whole story; a stack trace would only puzzle an editor.
    this.stack = this.message;
  }
}
