import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

/** The sha256 sources of the inline scripts and styles a page really has. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = "", body = ""] of html.matchAll(INLINE)) {
    if (/\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return hashes;
}

/**
 * Keeps, in a page's Content Security Policy, only the hashes of inline code
 * that page contains. Astro lists the hashes of every inline script and style
 * of the whole site on every page: a page then allows code it does not have,
 * and carries half a kilobyte of incompressible base64 it does not need.
 */
export function trimPolicy(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const present = inlineHashes(html);
  const policy = (match[1] ?? "")
    .split(";")
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !source.startsWith("'sha256-") || present.has(source))
        .join(" "),
    )
    .filter(Boolean)
    .join("; ");
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/** Runs trimPolicy over every built page. */
export function trimContentSecurityPolicy(): AstroIntegration {
  return {
    name: "campaign:trim-csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".html"));
        await Promise.all(
          pages.map(async (page) => {
            const file = path.join(root, page);
            const html = await readFile(file, "utf8");
            const trimmed = trimPolicy(html);
            if (trimmed !== html) await writeFile(file, trimmed);
          }),
        );
        logger.info(`Content Security Policy of ${pages.length} pages reduced to the hashes each page uses.`);
      },
    },
  };
}
