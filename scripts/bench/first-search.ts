import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath, withinLimit } from "../lib/chromium.ts";
import { startCompressingServer } from "./compressing-server.ts";

/** What a reader's first search downloads, after the search page itself has loaded. */
export interface FirstSearch {
  lang: string;
  words: string;
  /** Results the search found, and how many the page listed (it lists ten at a time). */
  found: string;
  files: number;
  /** Bytes over the wire: compressed bodies and headers, as a static host sends them. */
  bytes: number;
}

/**
 * Opens each language's search page of a built site, served as a host serves it, types the words
 * and counts every byte that arrives until the results are listed: Pagefind's runtime, the
 * language's index pieces and the results' fragments (issue 16: at most 150 KB in Arabic).
 */
export async function firstSearches(
  outDir: string,
  base: string,
  searches: readonly { lang: string; path: string; words: string }[],
): Promise<FirstSearch[]> {
  const server = await startCompressingServer(outDir, base);
  const browser = await withinLimit(
    "start",
    chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs }),
  );
  try {
    const results: FirstSearch[] = [];
    for (const { lang, path, words } of searches) {
      const page = await withinLimit("open a page", browser.newPage());
      await withinLimit("load the search page", page.goto(new URL(path, server.url).href));
      let bytes = 0;
      let files = 0;
      page.on("requestfinished", (request) => {
        void request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          files += 1;
        });
      });
      const box = page.getByRole("searchbox");
      await box.fill(words);
      await box.press("Enter");
      const status = page.getByRole("status");
      await withinLimit(
        "list search results",
        page.waitForFunction(() => {
          const text = document.querySelector("[role=status]")?.textContent ?? "";
          const form = document.querySelector<HTMLFormElement>("#search");
          return text !== "" && text !== form?.dataset["searching"];
        }),
      );
      await withinLimit("finish downloading", page.waitForLoadState("networkidle"));
      const listed = await page.locator("#search-results > li").count();
      results.push({
        lang,
        words,
        found: `${(await status.textContent()) ?? ""} (${listed} listed)`,
        files,
        bytes,
      });
      await page.close();
    }
    return results;
  } finally {
    await withinLimit("close", browser.close()).catch(() => undefined);
    server.stop();
  }
}
