import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { t } from "../../src/i18n/ui";
import { axeAtWidths, watchPage } from "../support/page-checks";
import { resultLinks, searchFor } from "../support/search-page";

/**
 * The fixture site's statement uses every component editors have, including the ones the
 * sample site cannot show (a video elsewhere, a video and a recording of the organization's
 * own): served by tests/support/serve-fixture-site.ts, it gets the every-page checks, and the
 * media are played and printed as a reader would.
 */
const statement = `http://127.0.0.1:${process.env["CAMPAIGN_FIXTURE_PORT"]}/campaign/statements/first-statement/`;

test("a statement with every component loads cleanly from this site only, fits a phone, and passes axe at 360 and 1280 px, light and dark", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.setViewportSize({ width: 360, height: 900 });
  const response = await page.goto(statement, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("video")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "page is wider than a 360 px phone").toBeLessThanOrEqual(0);
  expect(await axeAtWidths(page, true)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the video and the recording download nothing until played, then play from the site, the video with its captions", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const media: string[] = [];
  page.on("request", (request) => {
    if (/\.(mp4|mp3|vtt)$/.test(new URL(request.url()).pathname)) media.push(request.url());
  });
  await page.goto(statement, { waitUntil: "load" });
  await expect(page.getByText(t("en", "media.playsOnClick")).first()).toBeVisible();
  expect(
    media.filter((url) => !url.endsWith(".vtt")),
    "media fetched before play",
  ).toEqual([]);

  for (const kind of ["video", "audio"] as const) {
    await page.locator(kind).evaluate((element: HTMLMediaElement) => element.play());
    await expect
      .poll(() => page.locator(kind).evaluate((element: HTMLMediaElement) => element.currentTime))
      .toBeGreaterThan(0);
  }
  const cues = await page
    .locator("video")
    .evaluate((video: HTMLVideoElement) =>
      [...(video.textTracks[0]?.cues ?? [])].map((cue) => (cue as VTTCue).text),
    );
  expect(cues).toEqual(["[A steady tone]"]);
  await expect(page.getByRole("link", { name: /^Download the video \(0\.1 megabytes\)$/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test("prints the media as lines saying where to watch and listen, and the card with its address", async ({
  page,
}) => {
  await page.goto(statement);
  const dir = mkdtempSync(path.join(tmpdir(), "printed-media-"));
  try {
    writeFileSync(path.join(dir, "page.pdf"), await page.pdf({ format: "A4" }));
    const text = execFileSync("pdftotext", [path.join(dir, "page.pdf"), "-"], {
      encoding: "utf8",
      timeout: 30_000,
    }).replace(/\s+/g, " ");
    expect(text).toContain(t("en", "media.printVideo"));
    expect(text).toContain(t("en", "media.printAudio"));
    expect(text).toContain("A test pattern standing in for a video of the march");
    expect(text).toContain("(https://www.youtube.com/watch?v=VIDEO_ID)");
    expect(text).not.toContain(t("en", "media.playsOnClick"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("search works from a site in a folder, in each language's own words, and the language picker takes it along", async ({
  page,
}) => {
  const problems = await watchPage(page);
  const site = `http://127.0.0.1:${process.env["CAMPAIGN_FIXTURE_PORT"]}/campaign`;
  await page.goto(`${site}/search/?q=fixture`);
  const results = resultLinks(page);
  await expect(results.and(page.locator('[href="/campaign/statements/first-statement/"]'))).toHaveCount(1);
  // The draft is never published, so never found.
  await expect(results.filter({ hasText: "draft" })).toHaveCount(0);

  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(`${site}/ar/search/?q=fixture`);
  await expect(page.getByRole("status")).toHaveText(t("ar", "search.none", { query: "fixture" }));
  await searchFor(page, "الاختبار");
  await expect(results).toHaveAttribute("href", "/campaign/ar/statements/first-statement/");
  expect(problems).toEqual([]);
});
