import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Finds every internal link, asset address and #fragment in a built site that
 * leads nowhere, reading the HTML as a static host would serve it. A site
 * built for a folder (https://example.org/campaign/) is served from that
 * folder, so its links must start with it.
 */
export class LinkChecker {
  readonly #ids = new Map<string, Set<string>>();

  constructor(
    readonly outDir: string,
    /** The site's published address, such as https://example.org/ or https://example.org/campaign/. */
    readonly site: URL,
  ) {}

  /** The file a site address is served from, as static hosts do: folders serve index.html. */
  fileFor(pathname: string): string | undefined {
    const base = this.site.pathname;
    if (!pathname.startsWith(base)) return undefined;
    const inSite = path.join(this.outDir, decodeURIComponent(pathname.slice(base.length)));
    for (const candidate of [inSite, path.join(inSite, "index.html")]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  }

  #idsIn(file: string): Set<string> {
    let ids = this.#ids.get(file);
    if (!ids) {
      ids = new Set(
        [...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ""),
      );
      this.#ids.set(file, ids);
    }
    return ids;
  }

  /** Every broken internal address in one page, given as a path inside outDir ("faq/index.html"). */
  brokenLinks(file: string): string[] {
    const html = readFileSync(path.join(this.outDir, file), "utf8");
    const pageUrl = new URL(
      file
        .split(path.sep)
        .join("/")
        .replace(/index\.html$/, ""),
      this.site,
    );
    const broken: string[] = [];
    for (const [, attribute, value = ""] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (/^(?:mailto:|tel:|data:|javascript:)/.test(value)) continue;
      const target = new URL(value.replace(/&amp;/g, "&"), pageUrl);
      if (target.origin !== this.site.origin) continue;
      const targetFile = this.fileFor(target.pathname);
      if (!targetFile) {
        broken.push(`${attribute}="${value}": no such file`);
      } else if (target.hash && targetFile.endsWith(".html")) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!this.#idsIn(targetFile).has(id))
          broken.push(`${attribute}="${value}": no element with id "${id}"`);
      }
    }
    return broken;
  }
}
