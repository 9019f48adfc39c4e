import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { builtPages, isLeafletSheet } from "../support/built-site";

const siteUrl = (parse(readFileSync("content/settings.yaml", "utf8")) as { url: string }).url.replace(
  /\/$/,
  "",
);
const sheets = builtPages().filter(isLeafletSheet);
/** The page a sheet is printed from: /ar/leaflets/actions/x/ is made from /ar/actions/x/. */
const sourceOf = (sheet: string) => sheet.replace("/leaflets/", "/");
const attribute = (html: string, tag: RegExp) => tag.exec(html)?.[1];

test("every leaflet sheet sends search engines to the page it is printed from", async ({ request }) => {
  expect(sheets.length).toBeGreaterThan(10);
  for (const sheet of sheets) {
    const html = await (await request.get(sheet)).text();
    const source = await (await request.get(sourceOf(sheet))).text();
    // A canonical page must be indexable: the copy points at it rather than hiding with noindex.
    expect(html, sheet).not.toMatch(/<meta name="robots"/);
    expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), sheet).toBe(
      `${siteUrl}${sourceOf(sheet)}`,
    );
    const description = attribute(html, /<meta name="description" content="([^"]+)"/);
    expect(description?.length, sheet).toBeGreaterThan(10);
    expect(description, sheet).toBe(attribute(source, /<meta name="description" content="([^"]+)"/));
  }
});

test("no leaflet sheet is in the sitemap", async ({ request }) => {
  const index = await (await request.get("/sitemap-index.xml")).text();
  for (const [, part = ""] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(part).pathname)).text();
    expect(sitemap).not.toMatch(/\/leaflets\/(?:statements|actions)\//);
  }
});

/** The leaflet font files a sheet downloads, and the fonts Chromium draws each element's own text with. */
async function fontsOf(page: Page, sheet: string) {
  const downloaded = new Set<string>();
  page.on("request", (request) => {
    const match = /\/leaflets\/fonts\/([^/]+\.woff2)$/.exec(request.url());
    if (match?.[1]) downloaded.add(match[1]);
  });
  await page.emulateMedia({ media: "print" });
  await page.goto(sheet);
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const drawnWith: string[] = [];
  const visit = async (node: typeof root): Promise<void> => {
    const ownText = (node.children ?? []).some((child) => child.nodeType === 3 && child.nodeValue.trim());
    if (ownText) {
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: node.nodeId });
      const text = (node.children ?? [])
        .map((child) => (child.nodeType === 3 ? child.nodeValue : "■"))
        .join("");
      for (const font of fonts) {
        drawnWith.push(`${font.isCustomFont ? "leaflet" : "system"} ×${font.glyphCount}: ${text.trim()}`);
      }
    }
    for (const child of node.children ?? []) await visit(child);
  };
  await visit(root);
  return { downloaded: [...downloaded].sort(), drawnWith };
}

for (const [lang, sheet, faces] of [
  ["en", "/leaflets/statements/keep-mobilizing-after-the-ceasefire/", ["noto-sans-400", "noto-sans-800"]],
  ["es", "/es/leaflets/actions/write-to-elected-officials/", ["noto-sans-400", "noto-sans-800"]],
  [
    "ar",
    "/ar/leaflets/statements/keep-mobilizing-after-the-ceasefire/",
    ["noto-sans-arabic-400", "noto-sans-arabic-800"],
  ],
] as const) {
  test(`the ${lang} sheet downloads only its script's faces and draws its text with them`, async ({
    page,
  }) => {
    const { downloaded, drawnWith } = await fontsOf(page, sheet);
    expect(downloaded).toEqual(faces.map((face) => `${face}.woff2`));
    // The ■ bullets are in neither font (the space after one stays in the bullet's font), and the
    // short name is set in the site's display font.
    const system = drawnWith.filter((line) => line.startsWith("system"));
    expect(system.filter((line) => !/^system ×\d+: (?:IAC|■)$|^system ×1: ■/.test(line))).toEqual([]);
    expect(drawnWith.filter((line) => line.startsWith("leaflet")).length).toBeGreaterThan(20);
  });
}
