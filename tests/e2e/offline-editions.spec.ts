import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, COLOUR_RULES } from "../support/axe";
import { siteSettings } from "../support/built-site";
import { allOfflineFiles, unzipText } from "../support/offline-editions";

/**
 * The offline editions as a reader without a connection uses them, in Chromium, from file://:
 * the zip unpacked into a folder several levels down (as on a USB stick or a phone's Downloads
 * folder), and the one-file edition opened as downloaded. Nothing may be requested except files
 * of the folder, and no link may lead out of it except full addresses of the site online.
 */
const files = allOfflineFiles(path.resolve("dist"));
let unpacked: string;

test.beforeAll(() => {
  unpacked = mkdtempSync(path.join(tmpdir(), "offline-zip-"));
  for (const { zip } of files) {
    for (const [name, data] of unzipText(zip)) {
      const target = path.join(unpacked, "phone", "Download", name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }
});

test.afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

/**
 * The editions share one template and differ in their text, so axe (seconds on a page this long)
 * reads one: a right-to-left one if the site has such a language.
 */
const axeLanguage =
  siteSettings.languages.find((language) => language.dir === "rtl")?.code ?? siteSettings.defaultLanguage;

/** Records every request that does not start with `inside`, and everything the page's policy blocked. */
async function watchRequests(page: Page, inside: string): Promise<string[]> {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(inside)) outside.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") outside.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (text: string) => outside.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI}`,
      ),
    );
  });
  return outside;
}

/**
 * Where the Arabic folder is also served, as a mirror or an IPFS gateway would serve it: from a
 * folder of a host (the test answers for the host from the unpacked files).
 */
const HOSTED = "https://mirror.invalid/copies/of/";

/**
 * Links on the page that lead neither to an HTML file of the folder that exists (the folder being
 * at `rootUrl`) nor to a full address of the site online.
 */
async function linksLeadingNowhere(page: Page, rootUrl: string, folder: string): Promise<string[]> {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.filter((href) => {
    if (!href.startsWith(rootUrl))
      return !/^(?:https:\/\/|mailto:)/.test(href) || href.startsWith(new URL(HOSTED).origin);
    const file = path.join(folder, decodeURIComponent(href.slice(rootUrl.length).split("#")[0] ?? ""));
    return !existsSync(file) || !file.endsWith(".html");
  });
}

for (const { code, folder } of files) {
  // Links are the same either way; one language served from a host shows they work there too.
  for (const where of code === axeLanguage ? ["file", "host"] : ["file"]) {
    test(`the ${code} zip, ${where === "file" ? "unpacked in a sub-folder, from file://" : "served from a sub-folder of a web host"}: home, a statement, an action, the FAQ and another language, all from the folder`, async ({
      page,
    }) => {
      const root = path.join(unpacked, "phone", "Download", folder);
      const rootUrl = where === "file" ? `${pathToFileURL(root).href}/` : `${HOSTED}${folder}/`;
      if (where === "host") {
        await page.route(`${HOSTED}**`, (route) => {
          const file = path.join(
            root,
            decodeURIComponent(
              new URL(route.request().url()).pathname.slice(new URL(rootUrl).pathname.length),
            ),
          );
          return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
        });
      }
      const outside = await watchRequests(page, rootUrl);
      const visited: string[] = [];
      const step = async () => {
        // A click's page counts from when its address changes; its stylesheet may still be loading.
        await page.waitForLoadState("load");
        visited.push(page.url());
        expect(await linksLeadingNowhere(page, rootUrl, root), page.url()).toEqual([]);
        // The site's stylesheet applies: the header band has its colour and the page its layout.
        const styled = await page.evaluate(
          () =>
            document.styleSheets.length > 0 &&
            getComputedStyle(document.querySelector("h1")!).fontWeight === "900",
        );
        expect(styled, `styles on ${page.url()}`).toBe(true);
      };

      await page.goto(`${rootUrl}index.html`);
      await step();
      await page
        .locator('main a[href*="statements/"][href$="/index.html"]:not([href$="statements/index.html"])')
        .first()
        .click();
      await expect(page).toHaveURL(/\/statements\/[^/]+\/index\.html$/);
      await step();
      await page
        .locator('main a[href*="actions/"][href$="/index.html"]:not([href$="actions/index.html"])')
        .first()
        .click();
      await expect(page).toHaveURL(/\/actions\/[^/]+\/index\.html$/);
      await step();
      await page.locator('header a[href$="faq/index.html"]').first().click();
      await expect(page).toHaveURL(/\/faq\/index\.html$/);
      await step();
      const other = siteSettings.languages.find((language) => language.code !== code);
      await page.locator(`a[hreflang="${other?.code}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`-${other?.code}\\.html#faq$`));
      await expect(page.locator("html")).toHaveAttribute("lang", other?.code ?? "");
      await expect(page.locator("#faq")).toBeInViewport();
      expect(visited).toHaveLength(4);
      expect(outside).toEqual([]);
    });
  }
}

for (const { code, edition } of files) {
  test(`the ${code} one-file edition from file:// at 360 px: every in-page link lands, it prints without its navigation, nothing is requested${code === axeLanguage ? ", axe finds nothing" : ""}`, async ({
    page,
  }) => {
    const outside = await watchRequests(page, pathToFileURL(edition).href);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pathToFileURL(edition).href);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      "sideways scroll",
    ).toBeLessThanOrEqual(0);
    if (code === axeLanguage) {
      expect(await axeViolations(page, "360 px light")).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeViolations(page, "360 px dark", COLOUR_RULES)).toEqual([]);
    }

    // Each in-page link followed as a tap follows it, all in one round trip to the browser: the
    // page must then show the link's target at the top of the screen.
    const { count, missed } = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
      const missed = links.flatMap((link) => {
        link.click();
        const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        const top = target?.getBoundingClientRect().top ?? Number.NaN;
        return location.hash === link.hash && top >= -1 && top < window.innerHeight ? [] : [link.hash];
      });
      return { count: links.length, missed };
    });
    expect(count).toBeGreaterThan(20);
    expect(missed).toEqual([]);

    // On paper: no navigation, and each address online written out after its link.
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    await expect(page.locator("nav")).toBeHidden();
    const printed = await page
      .locator(".source a")
      .first()
      .evaluate((link) => getComputedStyle(link, "::after").content);
    expect(printed).toContain("http");
    expect(outside).toEqual([]);
  });
}
