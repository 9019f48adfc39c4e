import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { checkContent } from "../../src/content-checks/check-content.ts";
import { fingerprint } from "../../src/site/fingerprint.ts";
import { loadSettings } from "../../src/site/settings.ts";
import { buildFixture, prepareFixture } from "../support/fixture-build.ts";
import { imagesWithMetadata, phonePhoto } from "../support/photos.ts";
import { t } from "../../src/i18n/ui.ts";

/**
 * The web editor at /admin/ (src/admin/), the real Sveltia CMS in Chromium, in its local-repository
 * mode: the folder picker answers with a folder in the browser's private file system holding a
 * copy of content/, and what the editor writes there is read back and put through the content check.
 */

/** Every file in content/, as the editor will find it in the "repository". */
function contentFiles(): { path: string; base64: string }[] {
  return readdirSync("content", { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ path: file.split(path.sep).join("/"), base64: readFileSync(file).toString("base64") }));
}

/** Opens the editor and works with a copy of content/ as the local repository. */
async function openWithLocalRepository(page: Page) {
  await page.goto("/admin/");
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    // The CMS checks that the folder picked is a repository's root.
    await root.getDirectoryHandle(".git", { create: true });
    for (const file of files) {
      const parts = file.path.split("/");
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (
        await folder.getFileHandle(parts.at(-1) ?? "", { create: true })
      ).createWritable();
      await writable.write(Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0)));
      await writable.close();
    }
    Object.assign(window, { showDirectoryPicker: async () => root });
  }, contentFiles());
  await page.getByRole("button", { name: "Work with Local Repository" }).click();
  await expect(page.getByRole("treeitem", { name: "Statements" })).toBeVisible();
}

/** Every file the editor's repository holds now, by path. */
async function readRepository(page: Page): Promise<Record<string, Buffer>> {
  const files = await page.evaluate(async () => {
    const found: Record<string, string> = {};
    async function walk(folder: FileSystemDirectoryHandle, prefix: string) {
      for await (const handle of (
        folder as unknown as { values(): AsyncIterable<FileSystemHandle> }
      ).values()) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${handle.name}/`);
        else {
          const bytes = new Uint8Array(
            await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
          );
          found[`${prefix}${handle.name}`] = btoa(
            Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""),
          );
        }
      }
    }
    await walk(await navigator.storage.getDirectory(), "");
    return found;
  });
  return Object.fromEntries(
    Object.entries(files).map(([file, base64]) => [file, Buffer.from(base64, "base64")]),
  );
}

/** Scrolls the form down to the body: the CMS draws fields as they come into view. */
async function bodyEditor(page: Page) {
  await page.getByRole("group", { name: /Summary.*Field/ }).hover();
  await page.mouse.wheel(0, 8000);
  return page.getByRole("textbox", { name: "Text" });
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save" }).click();
  // Saved, the editor closes and goes back to the list of entries (it stays open on an error).
  await expect(page.getByRole("group", { name: "Content Editor" })).toBeHidden();
  await expect(page.getByRole("main", { name: /Statements.*Collection/ })).toBeVisible();
}

test("the editor's page loads from this site only, needs nothing its policy refuses, and passes axe", async ({
  page,
}) => {
  test.slow();
  const problems: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol !== "blob:" && url.protocol !== "data:")
      problems.push(`request to another host: ${request.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"}`,
      );
    });
  });
  // The CMS's own layout has no main landmark and no h1 (axe's best practices, not WCAG): its
  // WCAG 2.2 AA rules are what this page is held to.
  const axe = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]);
  const violations = async (view: string) =>
    (await axe().analyze()).violations.map((violation) => `${view}: ${violation.id}: ${violation.help}`);

  const response = await page.goto("/admin/");
  expect(await response?.text()).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  await expect(page.getByRole("button", { name: "Work with Local Repository" })).toBeVisible();
  const found = await violations("sign-in");
  await openWithLocalRepository(page);
  // A short answer: the same form, toolbar and text editor as a statement, and axe takes a
  // second rather than ten.
  await page.goto("/admin/#/collections/faq/entries/who-are-the-prisoners");
  await expect(page.getByRole("textbox", { name: "Question" })).toHaveValue(/\S/);
  found.push(...(await violations("editing an answer")));
  expect([...found, ...problems]).toEqual([]);
});

test("an organizer writes a statement with a photo and its Arabic translation, edits one with the four components, and the files pass the content check, build and show on the site", async ({
  page,
}) => {
  test.slow();
  await openWithLocalRepository(page);

  // A new statement, its demands and action picked from the existing entries.
  await page.goto("/admin/#/collections/statements/new");
  await page.getByRole("textbox", { name: "Title" }).fill("A statement written in the web editor");
  await page
    .getByRole("textbox", { name: "Summary" })
    .fill("Written in a browser, to show that organizers can publish a statement without a terminal.");
  await page.getByRole("textbox", { name: "Published" }).fill("2026-11-30");
  for (const demand of ["Stop arming Israel", "Free the Palestinian prisoners"]) {
    await page.getByRole("combobox", { name: "Demands" }).click();
    await page.getByRole("option", { name: demand }).click();
  }
  await page.getByRole("combobox", { name: "Actions" }).click();
  await page.getByRole("option", { name: "Join the protests where you live" }).click();
  await (await bodyEditor(page)).pressSequentially("We wrote this in the web editor.");
  // A phone photo, with its location and the phone's make and model in it.
  await page.getByRole("checkbox", { name: /Add.*Image/ }).click();
  await page
    .getByRole("group", { name: /Image file.*Field/ })
    .locator("input[type=file]")
    .first()
    .setInputFiles({ name: "March.jpg", mimeType: "image/jpeg", buffer: await phonePhoto("jpeg") });
  await expect(page.getByRole("textbox", { name: "Image file" })).toHaveText("../images/March.webp");
  await page
    .getByRole("textbox", { name: "Alt text (what the image shows)" })
    .fill("Marchers carry a long banner down a street.");
  await save(page);

  // Its Arabic translation: the form is right to left, the shared fields are filled in.
  await page.goto("/admin/#/collections/statements/entries/a-statement-written-in-the-web-editor");
  await page
    .getByRole("radio", { name: /^Arabic/ })
    .first()
    .click();
  await page.getByRole("button", { name: /Enable.*Arabic/ }).click();
  const arabicTitle = page.getByRole("textbox", { name: "Title" });
  await arabicTitle.fill("بيان كُتب في محرر الموقع");
  await expect(arabicTitle).toHaveAttribute("dir", "rtl");
  await page
    .getByRole("textbox", { name: "Summary" })
    .fill("كُتب في متصفح، ليُظهر أن المنظّمين يستطيعون نشر بيان من دون سطر أوامر.");
  await (await bodyEditor(page)).pressSequentially("كتبنا هذا في محرر الموقع.");
  // The photo is shared by every language; its alt text is translated.
  await page
    .getByRole("group", { name: "../images/March.webp" })
    .getByRole("button", { name: "Expand" })
    .click();
  await page
    .getByRole("textbox", { name: "Alt text (what the image shows)" })
    .fill("متظاهرون يحملون لافتة طويلة على امتداد شارع.");
  await save(page);

  // An existing statement with a pull quote, an aside and a call to action: the aside's title is
  // changed in its form, and the demands are inserted from the Insert menu.
  await page.goto("/admin/#/collections/statements/entries/keep-mobilizing-after-the-ceasefire");
  // The editor opens in the language last used: back to English.
  await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(/لنواصل التعبئة/);
  await expect(async () => {
    await page
      .getByRole("group", { name: /^Edit .* Content$/ })
      .getByRole("radio", { name: "English" })
      .click();
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(/^After the ceasefire/, {
      timeout: 1000,
    });
  }).toPass();
  const body = await bodyEditor(page);
  // Each component is a small form with the values read from the MDX (fields are drawn in view).
  const component = async (name: string) => {
    const block = page.getByRole("group", { name, exact: true });
    await block.scrollIntoViewIfNeeded();
    return block;
  };
  await expect((await component("Pull quote")).locator("textarea")).toHaveValue(/^Resistance is possible/);
  await expect((await component("Call to action")).getByRole("combobox", { name: "Action" })).toContainText(
    "Join the protests where you live",
  );
  const aside = await component("Aside");
  await expect(aside.locator("textarea")).toHaveValue(/^Some Israeli media/);
  await aside.locator("input").fill("What the Hannibal Directive is");
  await body.click();
  await page.keyboard.press("Control+End");
  await page.getByRole("button", { name: "Insert" }).click();
  await page.getByRole("menuitem", { name: "The demands" }).click();
  await expect(page.getByRole("group", { name: "The demands", exact: true })).toBeVisible();
  // The text editor hands a new block to the entry a moment after the change, with no sign of it
  // on the page to wait for.
  await page.waitForTimeout(1000);
  await save(page);

  const written = await readRepository(page);
  const text = (file: string) => written[file]?.toString("utf8");
  const statement = "content/statements/en/a-statement-written-in-the-web-editor.mdx";
  const translation = "content/statements/ar/a-statement-written-in-the-web-editor.mdx";
  const photoFile = "content/statements/images/March.webp";
  const edited = "content/statements/en/keep-mobilizing-after-the-ceasefire.mdx";
  expect(text(statement)).toBe(
    "---\ntitle: A statement written in the web editor\nsummary: Written in a browser, to show that organizers can publish a statement without a terminal.\npublished: 2026-11-30\ndemands:\n  - stop-arming-israel\n  - free-the-prisoners\nactions:\n  - join-the-protests\nimage:\n  src: ../images/March.webp\n  alt: Marchers carry a long banner down a street.\n---\n\nWe wrote this in the web editor.\n",
  );
  expect(text(translation)).toContain(
    "  src: ../images/March.webp\n  alt: متظاهرون يحملون لافتة طويلة على امتداد شارع.\n",
  );
  expect(text(translation)).toContain(`\ntranslatedFrom: "${fingerprint(text(statement) ?? "")}"\n---\n`);
  const original = readFileSync(edited, "utf8");
  expect(text(edited)).toBe(
    original
      .replace('<Aside title="The Hannibal Directive">', '<Aside title="What the Hannibal Directive is">')
      .replace(
        '<CallToAction id="join-the-protests" />\n',
        '<CallToAction id="join-the-protests" />\n\n<Demands />\n',
      ),
  );
  // Every other file, the edited statement's translations included (the editor saved them too),
  // is byte for byte what it was.
  const untouched = Object.keys(written).filter(
    (file) => file.startsWith("content/") && ![statement, translation, photoFile, edited].includes(file),
  );
  expect(untouched.length).toBe(contentFiles().length - 1);
  for (const file of untouched) expect(written[file]?.equals(readFileSync(file)), file).toBe(true);

  // The files pass the content check; the new translation follows its original, and the edited
  // statement's translations are now reported out of date, as they should be.
  const copy = mkdtempSync(path.join(tmpdir(), "web-editor-"));
  try {
    for (const [file, text] of Object.entries(written)) {
      if (!file.startsWith("content/")) continue;
      const target = path.join(copy, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    // The photo was redrawn in the browser: it reached the "repository" with no metadata at all.
    const images = imagesWithMetadata(path.join(copy, "content"));
    expect(images.files).toContain(path.join("statements", "images", "March.webp"));
    expect(images.withMetadata).toEqual([]);
    const settings = loadSettings(path.join(copy, "content/settings.yaml"));
    const { problems, translations } = checkContent(path.join(copy, "content"), settings);
    expect(problems).toEqual([]);
    expect(translations.outdated.map(({ translation: file }) => path.basename(path.dirname(file)))).toEqual([
      "ar",
      "es",
    ]);
    expect(
      translations.outdated.every(({ original: file }) =>
        file.endsWith("keep-mobilizing-after-the-ceasefire.mdx"),
      ),
    ).toBe(true);

    // And they build: the new statement and its Arabic translation are on the site, with the
    // shared photo and each its own alt text.
    const site = prepareFixture({ content: path.join(copy, "content") });
    try {
      const build = await buildFixture(site, { CAMPAIGN_LEAFLETS: "off", CAMPAIGN_WEB_EDITOR: "off" });
      expect(build.status, build.output).toBe(0);
      const built = (file: string) => readFileSync(path.join(site.outDir, file), "utf8");
      const english = built("statements/a-statement-written-in-the-web-editor/index.html");
      expect(english).toMatch(/<h1[^>]*>\s*A statement written in the web editor\s*<\/h1>/);
      expect(english).toMatch(/<img [^>]*alt="Marchers carry a long banner down a street\."/);
      const arabic = built("ar/statements/a-statement-written-in-the-web-editor/index.html");
      expect(arabic).toMatch(/<img [^>]*alt="متظاهرون يحملون لافتة طويلة على امتداد شارع\."/);
      expect(arabic).not.toContain(t("ar", "translation.outdated"));
    } finally {
      site.remove();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
