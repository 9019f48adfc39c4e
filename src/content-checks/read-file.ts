import { readFileSync } from "node:fs";
import { parse, YAMLParseError } from "yaml";
import type { Problem } from "./problems.ts";

/** Same rule as Astro's own frontmatter reader, so both see the same block. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export type ReadResult =
  { ok: true; data: unknown; body: string; bodyLine: number } | { ok: false; problem: Omit<Problem, "file"> };

/** Reads a file's bytes as strict UTF-8; word processors sometimes save in other encodings. */
function readUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * YAML with the "core" schema keeps 2025-01-20 as text, so the schema can
 * check it is a real date (the default YAML 1.1 rules would roll 2025-02-30
 * over into March without a word).
 */
function parseYaml(source: string, lineOffset: number): ReadResult {
  try {
    return {
      ok: true,
      data: parse(source, { schema: "core", prettyErrors: true }) ?? {},
      body: "",
      bodyLine: 1,
    };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
      return {
        ok: false,
        problem: {
          message: `is not valid YAML at line ${line}: ${reason}. Check the indentation, and put text containing a colon in quotes.`,
        },
      };
    }
    throw error;
  }
}

/** Reads an MDX or Markdown entry: its frontmatter data and its body. */
export function readEntryFile(file: string, kind: "markdown" | "yaml"): ReadResult {
  return readEntry(readFileSync(file), kind);
}

/** Reads an entry from its file's bytes. */
export function readEntry(bytes: Uint8Array, kind: "markdown" | "yaml"): ReadResult {
  const source = readUtf8(bytes);
  if (source === undefined) {
    return {
      ok: false,
      problem: { message: "is not saved as UTF-8 text: open it in a plain-text editor and save it as UTF-8" },
    };
  }
  if (source.trim() === "") {
    return { ok: false, problem: { message: "is empty: write its fields, or delete the file" } };
  }
  if (kind === "yaml") return parseYaml(source, 0);
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      ok: false,
      problem: {
        message:
          'has no frontmatter: the file must start with a line "---", then its fields, then another "---" line',
      },
    };
  }
  const parsed = parseYaml(match[1] ?? "", 1);
  if (!parsed.ok) return parsed;
  if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
    return { ok: false, problem: { message: "frontmatter must be a list of fields written as name: value" } };
  }
  const bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
  return { ok: true, data: parsed.data, body: source.slice(match[0].length), bodyLine };
}
