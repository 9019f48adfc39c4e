import { expect, test, type Page } from "@playwright/test";

// Each sheet's canonical address and description, and the sitemap without them, are read from the
// built HTML in tests/site/pages.test.ts; here, the fonts a printing browser loads and draws with.

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
