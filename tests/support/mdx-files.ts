import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every .mdx file in a folder and the folders under it. */
export const mdxFilesUnder = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.join(entry.parentPath, entry.name));

/** An MDX file's body: its text after the frontmatter. */
export const mdxBody = (file: string): string =>
  readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
