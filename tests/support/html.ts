import { readFileSync } from "node:fs";
import path from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";

/**
 * A built page read as a browser with JavaScript turned off receives it: the HTML as served,
 * with a few lookups for the tests that read it.
 */
export class StaticPage {
  readonly root: ReturnType<typeof parseDocument>;

  constructor(readonly html: string) {
    this.root = parseDocument(html);
  }

  static read(outDir: string, file: string): StaticPage {
    return new StaticPage(readFileSync(path.join(outDir, file), "utf8"));
  }

  /** Elements with this tag name, in document order, under `within` or anywhere. */
  all(
    tag: string,
    within: Element | undefined = undefined,
    test: (element: Element) => boolean = () => true,
  ) {
    return DomUtils.findAll(
      (element) => element.name === tag && test(element),
      within ? within.children : this.root.children,
    );
  }

  /** The first element anywhere that passes a test. */
  find(test: (element: Element) => boolean): Element | undefined {
    return DomUtils.findOne(test, this.root.children) ?? undefined;
  }

  one(tag: string, within?: Element, test?: (element: Element) => boolean): Element | undefined {
    return this.all(tag, within, test)[0];
  }

  /** The content of <meta property="…"> or <meta name="…">. */
  meta(key: string): string | undefined {
    return this.one(
      "meta",
      undefined,
      (meta) => meta.attribs["property"] === key || meta.attribs["name"] === key,
    )?.attribs["content"];
  }

  /** <link rel="…" href="…">'s address. */
  link(rel: string): string | undefined {
    return this.one("link", undefined, (link) => link.attribs["rel"] === rel)?.attribs["href"];
  }

  /** The page's structured data, each <script type="application/ld+json"> parsed. */
  structuredData(): Record<string, unknown>[] {
    return this.all("script", undefined, (script) => script.attribs["type"] === "application/ld+json").map(
      (script) => JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>,
    );
  }
}

/** An element's text with its white space collapsed, as a reader sees it. */
export const textOf = (element: Element | undefined) =>
  element ? DomUtils.textContent(element).replace(/\s+/g, " ").trim() : "";
