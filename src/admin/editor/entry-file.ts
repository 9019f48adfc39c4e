import { Document, isCollection, isMap, isNode, isScalar, parseDocument, Scalar } from "yaml";

/**
 * Reading and writing content files for the web editor, so that what it saves
 * looks as if a person had edited the file: an entry saved unchanged keeps every
 * byte; a changed entry keeps its comments, its key order and the style of every
 * value that did not change, and only the changed values are written anew.
 *
 * The editor hands back plain data, not the file it came from, so each file read
 * is remembered under a key (SOURCE_KEY) that travels with the entry's data
 * through the editor, in a hidden field, and is never written to the file.
 */

/** The hidden field that ties an entry's data to the file it was read from. */
export const SOURCE_KEY = "editorSource";

/** What a collection's file format needs to know about the collection. */
export interface FileShape {
  /** Markdown with YAML front matter, or a YAML file. */
  kind: "mdx" | "yaml";
  /** Fields in the schema's order: new keys are written in this order. */
  fields: readonly string[];
  /** Values the schema assumes when a field is absent: never added to a file that leaves them out. */
  defaults: Readonly<Record<string, unknown>>;
  /** Fields always written in double quotes (fingerprints would otherwise read as numbers). */
  quoted: readonly string[];
}

interface Source {
  text: string;
  /** The YAML: the front matter, or the whole file. */
  yaml: string;
  /** Everything after the front matter's closing line, exactly as it was (MDX only). */
  tail: string;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;

/** New YAML is written unfolded, with lists as `[a, b]` where they were on one line. */
const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Empty values are the same as absent ones: the editor leaves empty strings and lists behind. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value as Data).every(isEmpty);
  return false;
}

/** Drops empty values, deeply, and sorts keys, so that data compares by what it says. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Data)
        .filter(([, inner]) => !isEmpty(inner))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, withoutEmpty(inner)]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(withoutEmpty(a)) === JSON.stringify(withoutEmpty(b));

/** The body as the editor shows it: without the blank line after the front matter or the final newline. */
const bodyOf = (tail: string) => tail.replace(/^\n+/, "").replace(/\s+$/, "");

/** Splits an MDX file into its front matter and what follows; undefined if it has none. */
function splitFrontMatter(text: string): { yaml: string; tail: string } | undefined {
  if (!text.startsWith("---\n")) return undefined;
  const close = /^---[ \t]*$/m;
  const rest = text.slice(4);
  const match = close.exec(rest);
  if (!match) return undefined;
  const afterFence = rest.slice(match.index + match[0].length);
  return { yaml: rest.slice(0, match.index), tail: afterFence.replace(/^\n/, "") };
}

export class EntryFiles {
  readonly #sources = new Map<string, Source>();
  #next = 0;

  readonly shape: FileShape;

  constructor(shape: FileShape) {
    this.shape = shape;
  }

  /** Reads a file as the editor found it (the editor has trimmed it and made line endings \n). */
  read(text: string): Data {
    const split = this.shape.kind === "mdx" ? splitFrontMatter(text) : { yaml: text, tail: "" };
    const yaml = split?.yaml ?? "";
    const tail = split ? split.tail : text;
    const parsed: unknown = parseDocument(yaml).toJS();
    const fields = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Data) : {};
    const data: Data = this.shape.kind === "mdx" ? { ...fields, body: bodyOf(tail) } : { ...fields };
    const id = `f${(this.#next += 1)}`;
    this.#sources.set(id, { text, yaml, tail, data });
    return { ...data, [SOURCE_KEY]: id };
  }

  /** Writes an entry's data as a file: the file it was read from when nothing changed, or that file with only the changes. */
  write(value: Data): string {
    const { [SOURCE_KEY]: id, ...data } = value;
    const source = typeof id === "string" ? this.#sources.get(id) : undefined;
    const { body, ...fields } = data;
    const frontMatter = this.#yamlOf(fields, source);
    if (this.shape.kind === "yaml") return frontMatter;
    const sameBody = source && bodyOf(source.tail) === bodyOf(String(body ?? ""));
    const tail = sameBody ? source.tail : `\n${bodyOf(String(body ?? ""))}\n`;
    return `---\n${frontMatter}---\n${tail}`;
  }

  #yamlOf(fields: Data, source: Source | undefined): string {
    const { body: _body, ...before } = source?.data ?? {};
    if (!source) {
      const document = new Document({});
      for (const key of this.#ordered(fields)) {
        if (!isEmpty(fields[key]) && !same(this.shape.defaults[key], fields[key]))
          this.#set(document, key, fields[key]);
      }
      return Object.keys(document.toJS() as Data).length === 0 ? "" : document.toString(YAML_OUTPUT);
    }
    if (this.#same(before, fields)) return source.yaml;
    // Only the changed values are written anew, in place: every other line stays as it was, byte
    // for byte, comments and folded paragraphs included.
    const document = parseDocument(source.yaml);
    const pairs = isMap(document.contents) ? document.contents.items : [];
    const edits: { start: number; end: number; text: string }[] = [];
    let added = "";
    for (const key of new Set([...Object.keys(before), ...this.#ordered(fields)])) {
      const value = withoutEmpty(fields[key]);
      const pair = pairs.find((item) => isScalar(item.key) && item.key.value === key);
      const range =
        pair && isNode(pair.key) && isNode(pair.value) ? [pair.key.range?.[0], pair.value.range?.[1]] : [];
      const [start, end] = range;
      if (!pair || start === undefined || end === undefined) {
        if (!isEmpty(value) && !same(this.shape.defaults[key], value))
          added += `${this.#render(key, value)}\n`;
        continue;
      }
      if (same(before[key], value)) continue;
      if (isEmpty(value)) {
        // The whole line (or lines) of the field goes.
        const lineStart = source.yaml.lastIndexOf("\n", start - 1) + 1;
        const next = source.yaml.indexOf("\n", end - 1);
        edits.push({ start: lineStart, end: next === -1 ? source.yaml.length : next + 1, text: "" });
      } else {
        const trailing = /\s*$/.exec(source.yaml.slice(start, end))?.[0] ?? "";
        edits.push({ start, end, text: `${this.#render(key, value, pair.value)}${trailing}` });
      }
    }
    let yaml = source.yaml;
    for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
      yaml = `${yaml.slice(0, start)}${text}${yaml.slice(end)}`;
    }
    return `${yaml}${yaml === "" || yaml.endsWith("\n") ? "" : "\n"}${added}`;
  }

  /** One field as YAML, `key: value`, without a final newline. */
  #render(key: string, value: unknown, previous?: unknown): string {
    const document = new Document({});
    this.#set(document, key, value, previous);
    return document.toString(YAML_OUTPUT).trimEnd();
  }

  #set(document: Document, key: string, value: unknown, previous?: unknown) {
    const node = document.createNode(value);
    // A list written on one line, [a, b], stays on one line.
    if (isCollection(previous) && isCollection(node) && previous.flow) node.flow = true;
    if (this.shape.quoted.includes(key) && node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    document.set(key, node);
  }

  /**
   * Whether the entry says something other than the file it was read from said (a new entry
   * always does). The keys named in `ignore` are left out of the comparison.
   */
  changed(value: Data, ignore: readonly string[] = []): boolean {
    const { [SOURCE_KEY]: id, ...data } = value;
    const source = typeof id === "string" ? this.#sources.get(id) : undefined;
    if (!source) return true;
    const strip = (entry: Data) =>
      Object.fromEntries(Object.entries(entry).filter(([key]) => !ignore.includes(key)));
    return !this.#same(strip(source.data), strip(data));
  }

  /**
   * Whether two entries say the same: empty values count as absent, and so do values the schema
   * would assume anyway (the editor fills in `draft: false` where a file leaves it out).
   */
  #same(a: Data, b: Data): boolean {
    const meaning = (entry: Data) =>
      Object.fromEntries(
        Object.entries(entry).filter(
          ([key, value]) => !(key in this.shape.defaults && same(this.shape.defaults[key], value)),
        ),
      );
    return same(meaning(a), meaning(b));
  }

  /** Keys in the schema's order, then any others. */
  #ordered(fields: Data): string[] {
    const known = this.shape.fields.filter((key) => key in fields);
    return [...known, ...Object.keys(fields).filter((key) => !known.includes(key))];
  }
}
