import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NO_BYTES, sizesOf, sumSizes, type Sizes } from "./compressed-size.ts";
import { rangeCovers, referencesInCss, referencesInHtml, type ResourceKind } from "./page-references.ts";

export interface PageResource {
  kind: ResourceKind;
  /** The file's address on the site, or "inline" for CSS and script written inside the HTML. */
  source: string;
  /** Inline CSS and script travel inside the HTML: they cost no request and are part of its bytes. */
  inline: boolean;
  /** The page shows nothing until this has arrived (stylesheets, classic scripts without defer). */
  renderBlocking: boolean;
  sizes: Sizes;
  /** Referenced but not in the built site: a broken address, which still costs a request. */
  missing: boolean;
}

export interface PageWeight {
  /** The HTML file, relative to the site folder: "statements/some-slug/index.html". */
  page: string;
  lang: string;
  html: Sizes;
  resources: PageResource[];
  /** CSS, script, fonts and images, inline pieces included (they are also counted in `html`). */
  byKind: Record<ResourceKind, Sizes>;
  /** The HTML and each distinct file it loads. */
  requests: number;
  /** What crosses the network for one view: the HTML and every file it loads, each counted once. */
  total: Sizes;
  /** The HTML plus every render-blocking file: what must arrive before anything is painted. */
  firstRender: Sizes;
  /** Every script the page runs, inline or in files. */
  script: Sizes;
  /** Addresses on other hosts. The site loads nothing from elsewhere, so this should stay empty. */
  otherHosts: string[];
}

// Addresses are resolved as a browser would, against a stand-in origin.
const ORIGIN = "http://site.invalid";

/**
 * Weighs pages of a built site as a browser would load them with an empty cache.
 * Reuse one instance for many pages: shared files are read and compressed once.
 */
export class SiteWeigher {
  readonly #outDir: string;
  readonly #base: string;
  readonly #files = new Map<string, { sizes: Sizes; text: string } | undefined>();

  /** `base` is the folder the site is published under, "/" or "/campaign/". */
  constructor(outDir: string, base = "/") {
    this.#outDir = path.resolve(outDir);
    this.#base = base.endsWith("/") ? base : `${base}/`;
  }

  weigh(page: string): PageWeight {
    const pageUrl = new URL(this.#base + page.replace(/(^|\/)index\.html$/, "$1"), ORIGIN);
    const html = this.#read(page);
    if (!html) throw new Error(`No page ${page} in ${this.#outDir}`);
    const { lang, references } = referencesInHtml(html.text);
    // A browser downloads a face only when the page has text in its unicode-range.
    const codePoints = new Set(
      [...html.text.replace(/<(script|style)\b[\s\S]*?<\/\1>|<[^>]*>/g, "")].map((char) =>
        char.codePointAt(0)!,
      ),
    );

    const resources: PageResource[] = [];
    const otherHosts: string[] = [];
    const seen = new Set<string>();
    const addFile = (kind: ResourceKind, href: string, from: URL, renderBlocking: boolean) => {
      const url = new URL(href, from);
      if (url.origin !== ORIGIN) return void otherHosts.push(url.href);
      const source = url.pathname;
      if (seen.has(source)) return;
      seen.add(source);
      const file = this.#read(this.#fileFor(source));
      resources.push({
        kind,
        source,
        inline: false,
        renderBlocking,
        sizes: file?.sizes ?? NO_BYTES,
        missing: !file,
      });
      if (kind === "css" && file) addCss(file.text, url, renderBlocking);
    };
    const addCss = (css: string, from: URL, renderBlocking: boolean) => {
      const { imports, fonts, images } = referencesInCss(css);
      // An @import holds up rendering exactly as long as the stylesheet that imports it.
      for (const href of imports) addFile("css", href, from, renderBlocking);
      for (const { href, unicodeRange } of fonts)
        if (rangeCovers(unicodeRange, codePoints)) addFile("font", href, from, false);
      for (const href of images) addFile("image", href, from, false);
    };

    for (const reference of references) {
      if ("href" in reference) addFile(reference.kind, reference.href, pageUrl, reference.renderBlocking);
      else {
        resources.push({
          kind: reference.kind,
          source: "inline",
          inline: true,
          renderBlocking: reference.renderBlocking,
          sizes: sizesOf(reference.inline),
          missing: false,
        });
        if (reference.kind === "css") addCss(reference.inline, pageUrl, reference.renderBlocking);
      }
    }

    const ofKind = (kind: ResourceKind) =>
      sumSizes(resources.filter((r) => r.kind === kind).map((r) => r.sizes));
    const files = resources.filter((resource) => !resource.inline);
    return {
      page,
      lang,
      html: html.sizes,
      resources,
      byKind: { css: ofKind("css"), js: ofKind("js"), font: ofKind("font"), image: ofKind("image") },
      requests: 1 + files.length,
      total: sumSizes([html.sizes, ...files.map((file) => file.sizes)]),
      firstRender: sumSizes([
        html.sizes,
        ...files.filter((file) => file.renderBlocking).map((file) => file.sizes),
      ]),
      script: ofKind("js"),
      otherHosts,
    };
  }

  /** The file an address on this site is served from, relative to the site folder. */
  #fileFor(pathname: string): string {
    const inSite = pathname.startsWith(this.#base) ? pathname.slice(this.#base.length) : `../${pathname}`;
    const file = decodeURIComponent(inSite);
    return file === "" || file.endsWith("/") ? `${file}index.html` : file;
  }

  #read(file: string): { sizes: Sizes; text: string } | undefined {
    if (!this.#files.has(file)) {
      const full = path.join(this.#outDir, file);
      const inside = full.startsWith(this.#outDir + path.sep);
      const found = inside && existsSync(full) && statSync(full).isFile();
      const bytes = found ? readFileSync(full) : undefined;
      // Only HTML and CSS are read as text; fonts and images are only weighed.
      const text = bytes && /\.(?:html|css)$/.test(file) ? bytes.toString("utf8") : "";
      this.#files.set(file, bytes ? { sizes: sizesOf(bytes), text } : undefined);
    }
    return this.#files.get(file);
  }
}
