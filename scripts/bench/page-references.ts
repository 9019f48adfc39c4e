import { Parser } from "htmlparser2";

export type ResourceKind = "css" | "js" | "font" | "image";

/**
 * Something a page loads when it is viewed: a file at an address, or CSS or
 * script written inside the HTML (whose bytes travel with the HTML).
 */
export type Reference =
  | { kind: ResourceKind; href: string; renderBlocking: boolean }
  | { kind: "css" | "js"; inline: string; renderBlocking: boolean };

export interface HtmlReferences {
  /** The page's <html lang>, which names its language more reliably than its address. */
  lang: string;
  references: Reference[];
}

/** Only these run as script; application/ld+json and other data blocks do not. */
const SCRIPT_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const relTokens = (rel: string | undefined) => new Set((rel ?? "").toLowerCase().split(/\s+/));

/** A stylesheet blocks rendering unless its media can never match a screen. */
const blocksScreen = (media: string | undefined) => media === undefined || !/^\s*print\s*$/i.test(media);

/**
 * What a browser fetches or runs to show an HTML page: stylesheets, scripts,
 * images and icons. Links the browser fetches only on demand (manifest,
 * apple-touch-icon, alternates, share images in meta tags) are left out.
 */
export function referencesInHtml(html: string): HtmlReferences {
  const references: Reference[] = [];
  let lang = "";
  let rawText: { kind: "css" | "js"; renderBlocking: boolean; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "html") lang = attributes["lang"] ?? "";
        if (name === "link") {
          const rel = relTokens(attributes["rel"]);
          const href = attributes["href"];
          if (!href) return;
          if (rel.has("stylesheet") && !rel.has("alternate") && !("disabled" in attributes))
            references.push({ kind: "css", href, renderBlocking: blocksScreen(attributes["media"]) });
          else if (rel.has("icon")) references.push({ kind: "image", href, renderBlocking: false });
          else if (rel.has("modulepreload")) references.push({ kind: "js", href, renderBlocking: false });
          else if (rel.has("preload")) {
            const as = { style: "css", script: "js", font: "font", image: "image" } as const;
            const kind = as[attributes["as"] as keyof typeof as];
            if (kind) references.push({ kind, href, renderBlocking: false });
          }
        }
        if (name === "script" && SCRIPT_TYPE.test(attributes["type"] ?? "")) {
          const src = attributes["src"];
          // Classic scripts without async or defer stop the parser until they have run.
          const classic = (attributes["type"] ?? "").toLowerCase() !== "module";
          const renderBlocking = classic && !("async" in attributes) && !("defer" in attributes);
          if (src) references.push({ kind: "js", href: src, renderBlocking });
          else rawText = { kind: "js", renderBlocking: classic, text: "" };
        }
        if (name === "style")
          rawText = { kind: "css", renderBlocking: blocksScreen(attributes["media"]), text: "" };
        if (name === "img" && attributes["src"])
          references.push({ kind: "image", href: attributes["src"], renderBlocking: false });
      },
      ontext(text) {
        if (rawText) rawText.text += text;
      },
      onclosetag(name) {
        if ((name === "script" || name === "style") && rawText) {
          if (rawText.text.trim())
            references.push({
              kind: rawText.kind,
              inline: rawText.text,
              renderBlocking: rawText.renderBlocking,
            });
          rawText = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { lang, references };
}

/** What a stylesheet loads in turn: other stylesheets, fonts, and images. */
export interface CssReferences {
  imports: string[];
  /** Font files, each with its face's unicode-range (undefined when the face covers everything). */
  fonts: { href: string; unicodeRange: [number, number][] | undefined }[];
  images: string[];
}

/**
 * Addresses in a stylesheet. Fonts are the url()s inside @font-face rules; every
 * other url() counts as an image. Both are upper bounds: a browser fetches a
 * font or a background only when some element uses it.
 */
export function referencesInCss(css: string): CssReferences {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const urlsIn = (text: string) =>
    [...text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
      .map((match) => match[2]!.trim())
      .filter((url) => !url.startsWith("data:") && !url.startsWith("#"));

  const imports = [...code.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((match) => match[1]!);
  const fontFaces = [...code.matchAll(/@font-face\s*\{[^}]*\}/g)].map((match) => match[0]);
  const fonts = fontFaces.flatMap((face) => {
    const unicodeRange = parseUnicodeRange(/unicode-range\s*:\s*([^;}]+)/i.exec(face)?.[1]);
    return urlsIn(face).map((href) => ({ href, unicodeRange }));
  });
  const withoutImportsAndFaces = fontFaces
    .reduce((rest, face) => rest.replace(face, ""), code)
    .replace(/@import[^;]*;/g, "");
  return { imports, fonts, images: urlsIn(withoutImportsAndFaces) };
}

/** Code point ranges of a unicode-range descriptor ("U+0-7F, U+600-6FF, U+4??"); undefined: every character. */
export function parseUnicodeRange(value: string | undefined): [number, number][] | undefined {
  if (value === undefined) return undefined;
  return value.split(",").flatMap((part): [number, number][] => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, first = "", last] = match;
    if (last !== undefined) return [[parseInt(first, 16), parseInt(last, 16)]];
    return [[parseInt(first.replace(/\?/g, "0"), 16), parseInt(first.replace(/\?/g, "f"), 16)]];
  });
}

/** Whether a browser would download a face with this range for text made of these code points. */
export function rangeCovers(range: [number, number][] | undefined, codePoints: ReadonlySet<number>): boolean {
  if (range === undefined) return true;
  for (const point of codePoints) if (range.some(([low, high]) => point >= low && point <= high)) return true;
  return false;
}
