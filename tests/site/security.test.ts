import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEditorFile, isSearchPage } from "../../src/lib/page-kinds.ts";
import { htmlPagesIn } from "../support/built-site";

/**
 * What a reader's browser is told to trust, read from the built HTML: every
 * page carries a Content Security Policy that covers everything it runs, the
 * pages name no other host's resources, links out leak nothing, and no e-mail
 * address sits in the HTML for harvesters. Runs after npm run build.
 *
 * With tests/unit/headers.test.ts, these are the rules MDN's HTTP Observatory
 * grades a page by: a policy of default-src 'none' with no 'unsafe-inline' or
 * 'unsafe-eval' and no source but the site itself (its top CSP result, earned
 * by the <meta> policy alone, as GitHub Pages sends no headers), no script from
 * another host (so none needs integrity=), and no referrer.
 */
const outDir = path.resolve("dist");
const site = new URL(
  readFileSync("content/settings.yaml", "utf8").match(/^url:\s*(\S+)/m)?.[1] ?? "https://example.org",
);
const pages = htmlPagesIn(outDir).map((file) => ({
  file,
  html: readFileSync(path.join(outDir, file), "utf8"),
}));

/** The page's policy from its <meta http-equiv>, as directive → sources, and where in the page it sits. */
function policyOf(html: string): { directives: Map<string, string[]>; index: number } | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
  if (!match) return undefined;
  const directives = new Map<string, string[]>();
  for (const part of (match[1] ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { directives, index: match.index };
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Inline code the browser would run or apply: <style> and <script> that is JavaScript (not JSON data). */
function inlineCode(html: string): { kind: "script-src" | "style-src"; hash: string; index: number }[] {
  const found: { kind: "script-src" | "style-src"; hash: string; index: number }[] = [];
  for (const match of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    const [, tag, attributes = "", body = ""] = match;
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (tag === "script" && type && !/^(module|text\/javascript)$/.test(type)) continue;
    found.push({
      kind: tag === "script" ? "script-src" : "style-src",
      hash: sha256(body),
      index: match.index,
    });
  }
  return found;
}

describe("Content Security Policy", () => {
  it("has pages to check (run npm run build first)", () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)("$file: a strict policy that allows everything the page itself runs", ({ file, html }) => {
    const policy = policyOf(html);
    expect(policy, "no <meta http-equiv=content-security-policy>").toBeDefined();
    if (!policy) return;
    const { directives } = policy;
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("object-src") ?? ["'none'"], "plugins").toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'none'"]);
    expect(directives.get("form-action")).toEqual(["'none'"]);
    // Media may load from the site itself, and only on a page that plays some.
    expect(directives.has("media-src"), "media-src").toBe(/<(?:video|audio)[\s>]/.test(html));
    // Search compiles Pagefind's WebAssembly, on its own page only; no other page may.
    const compilesWasm = isSearchPage(file);
    expect((directives.get("script-src") ?? []).includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval'").toBe(
      compilesWasm,
    );
    const allowed = compilesWasm
      ? /^'(none|self|sha256-[^']+|wasm-unsafe-eval)'$/
      : /^'(none|self|sha256-[^']+)'$/;
    // Every source named anywhere is this site or a hash: no other host, no scheme such as data: or https:.
    expect([...directives.values()].flat().filter((source) => !allowed.test(source))).toEqual([]);
    for (const kind of ["script-src", "style-src"]) {
      expect(directives.get(kind) ?? [], kind).not.toContain("'unsafe-inline'");
      expect(directives.get(kind) ?? [], kind).not.toContain("'unsafe-eval'");
      const code =
        kind === "script-src" && compilesWasm
          ? /^'(self|sha256-[^']+|wasm-unsafe-eval)'$/
          : /^'(self|sha256-[^']+)'$/;
      expect((directives.get(kind) ?? []).filter((source) => !code.test(source))).toEqual([]);
    }
    for (const code of inlineCode(html)) {
      // A policy in a <meta> only governs what comes after it: code above it would run unchecked.
      expect(code.index, `inline ${code.kind} before the policy`).toBeGreaterThan(policy.index);
      expect(directives.get(code.kind), `inline ${code.kind} without its hash`).toContain(code.hash);
    }
    // Neither style="" nor onclick="" can be allowed by a hash; the site uses neither.
    expect(html).not.toMatch(/<[^>]+\sstyle="/);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+="/);
  });
});

describe("privacy", () => {
  // In the page itself, not only in public/_headers: GitHub Pages sends no headers.
  it.each(pages)("$file: tells the browser to send no referrer", ({ html }) => {
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  it.each(pages)("$file: loads nothing from another host", ({ html }) => {
    const resources = [
      ...html.matchAll(/<(?:script|img|source|iframe|audio|video|embed)\b[^>]*\ssrcset?="([^"]*)"/g),
      ...html.matchAll(
        /<link\b(?=[^>]*\srel="(?:stylesheet|icon|apple-touch-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch)")[^>]*\shref="([^"]*)"/g,
      ),
      ...html.matchAll(/url\(\s*["']?([^"')]+)/g),
      ...html.matchAll(/@import\s+["']([^"']+)/g),
    ].map((match) => match[1] ?? "");
    const foreign = resources.filter((address) => new URL(address, site).host !== site.host);
    expect(foreign).toEqual([]);
  });

  it("the stylesheets load nothing from another host", () => {
    const css = readdirSync(path.join(outDir, "_astro")).filter((file) => file.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(path.join(outDir, "_astro", file), "utf8");
      const addresses = [...text.matchAll(/url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/g)].map(
        (match) => match[1] ?? match[2] ?? "",
      );
      expect(
        addresses.filter((address) => !address.startsWith("data:") && /^(?:[a-z]+:)?\/\//i.test(address)),
      ).toEqual([]);
    }
  });

  it.each(pages)("$file: links to other sites say noopener noreferrer", ({ html }) => {
    const leaky = [...html.matchAll(/<a\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => {
        const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? "";
        if (!/^(?:https?:)?\/\//.test(href) || new URL(href, site).host === site.host) return false;
        const rel = (/\srel="([^"]*)"/.exec(tag)?.[1] ?? "").split(/\s+/);
        return !(rel.includes("noopener") && rel.includes("noreferrer"));
      });
    expect(leaky).toEqual([]);
  });

  it("no e-mail address is written out plainly anywhere in the site", () => {
    // The web editor's folder holds the CMS's program as npm ships it ("package@1.2.3" reads
    // as an address), and no content.
    const files = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter(
      (file) => /\.(html|xml|json|webmanifest|txt|css|js)$/.test(file) && !isEditorFile(file),
    );
    const exposed = files.flatMap((file) =>
      [...readFileSync(path.join(outDir, file), "utf8").matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(exposed).toEqual([]);
  });
});
