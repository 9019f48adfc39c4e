import path from "node:path";

/**
 * Where editors' files live. Tests point this at a fixture folder with
 * CAMPAIGN_CONTENT_DIR so they can build broken content without touching content/.
 */
export const contentDir = path.resolve(process.env["CAMPAIGN_CONTENT_DIR"] ?? "content");

/** A path as an editor would recognise it: relative to where the command was run. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative.split(path.sep).join("/");
}
