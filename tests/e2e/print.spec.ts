import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * A page printed from the browser, as an organizer would with Ctrl+P: the
 * print stylesheet (its own file, media="print") and the QR code (an image
 * file) both have to arrive for the sheet to come out right.
 */
for (const pagePath of ["/ar/statements/keep-mobilizing-after-the-ceasefire/", "/faq/who-is-the-iac/"]) {
  test(`${pagePath} prints as a clean sheet whose QR code leads back to it`, async ({ page }) => {
    await page.goto(pagePath);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    const skipLink = await page.locator('a[href="#main"]').innerText();
    const pdf = await page.pdf({ format: "A4" });

    const dir = mkdtempSync(path.join(tmpdir(), "printed-page-"));
    try {
      writeFileSync(path.join(dir, "page.pdf"), pdf);
      const text = execFileSync("pdftotext", [path.join(dir, "page.pdf"), "-"], {
        encoding: "utf8",
        timeout: 30_000,
      }).replace(/\s+/g, " ");
      // pdftotext gives Arabic back as presentation forms, which no longer match the page's text.
      if (!pagePath.startsWith("/ar/")) expect(text).toContain(await page.locator("h1").innerText());
      // Navigation, buttons and the share box are for screens only.
      expect(text).not.toContain(skipLink);
      expect(text).not.toContain("WhatsApp");

      execFileSync("pdftoppm", ["-r", "150", "-png", path.join(dir, "page.pdf"), path.join(dir, "sheet")], {
        timeout: 30_000,
      });
      const sheets = readdirSync(dir)
        .filter((file) => file.endsWith(".png"))
        .sort();
      const last = PNG.sync.read(readFileSync(path.join(dir, sheets.at(-1) ?? "")));
      const code = jsQR(new Uint8ClampedArray(last.data), last.width, last.height);
      expect(code?.data).toBe(canonical);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
