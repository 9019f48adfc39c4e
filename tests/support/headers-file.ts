/**
 * public/_headers as Netlify and Cloudflare Pages read it: a path line, then indented
 * "Name: value" lines. Returns, for each path, its headers by lower-case name.
 */
export function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const [name = "", ...value] = line.trim().split(":");
      current?.set(name.toLowerCase(), value.join(":").trim());
    }
  }
  return rules;
}
