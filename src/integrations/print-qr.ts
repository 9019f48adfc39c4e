import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildCacheDir, writeCacheFile } from "../build/cache-file.ts";
import { qrSvg } from "../build/qr-code.ts";
import { hasPrintQr, printQrFile } from "../lib/print-qr-paths.ts";

/**
 * Writes each page's print QR code, the one its print footer shows, into
 * the page's folder as qr.svg. As a file it stays out of what a phone must
 * download before it can draw the page: the code is only ever seen on paper.
 *
 * Codes are kept between builds in one file in the build cache, keyed by
 * address: the library's search for the clearest mask took about a second of
 * every thousand-statement build. `npm run dev` draws them on request.
 */
export function printQrCodes(): AstroIntegration {
  let site = new URL("http://localhost/");
  let base = "/";
  const cacheFile = buildCacheDir("print-qr.json");
  return {
    name: "campaign:print-qr",
    hooks: {
      "astro:config:done": ({ config }) => {
        if (config.site) site = new URL(config.site);
        base = config.base;
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const requested = request.url?.split("?")[0] ?? "";
          if (!requested.endsWith("/qr.svg")) return next();
          qrSvg(new URL(requested.slice(0, -"qr.svg".length), site).href).then(
            (svg) => response.setHeader("Content-Type", "image/svg+xml").end(svg),
            next,
          );
        });
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const cached = readCache(cacheFile);
        const used: Record<string, string> = {};
        let drawn = 0;
        const writes: Promise<void>[] = [];
        for (const { pathname } of pages) {
          if (!hasPrintQr(pathname)) continue;
          const url = new URL(path.posix.join(base, pathname), site).href;
          let svg = cached[url];
          if (svg === undefined) {
            svg = await qrSvg(url);
            drawn++;
          }
          used[url] = svg;
          // Every page's folder exists already: Astro has just written its index.html there.
          writes.push(writeFile(path.join(outDir, printQrFile(pathname)), svg));
        }
        await Promise.all(writes);
        // Only this build's codes are kept, so the cache never outgrows the site; written only when
        // that changes it (13 MB of JSON at 5,000 statements).
        if (drawn > 0 || Object.keys(cached).length !== Object.keys(used).length)
          await writeCacheFile(cacheFile, JSON.stringify(used));
        logger.info(`${Object.keys(used).length} print QR codes (${drawn} drawn, the rest cached).`);
      },
    },
  };
}

function readCache(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  } catch {
    // A cache cut short by an interrupted build is only a cache: draw again.
    return {};
  }
}
