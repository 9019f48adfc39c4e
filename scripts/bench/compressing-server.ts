import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".svg", ".ttf", ".xml", ".txt", ".webmanifest"]);

/**
 * Serves a built site on 127.0.0.1 the way a static host does: text sent
 * brotli- or gzip-compressed, /404.html for missing pages. Lighthouse run
 * against an uncompressed server (like scripts/lib/preview.ts, made for
 * screenshots and printing) would time downloads no reader would make.
 */
export async function startCompressingServer(
  outDir: string,
  base = "/",
): Promise<{ url: string; stop: () => void }> {
  const root = path.resolve(outDir);
  const compressed = new Map<string, Buffer>();
  const fileFor = (pathname: string) => {
    if (!pathname.startsWith(base)) return undefined;
    const relative = decodeURIComponent(pathname.slice(base.length));
    const file = path.join(
      root,
      relative.endsWith("/") || relative === "" ? `${relative}index.html` : relative,
    );
    return file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const found = fileFor(pathname);
    const file = found ?? path.join(root, "404.html");
    const extension = path.extname(file);
    response.statusCode = found ? 200 : 404;
    response.setHeader("Content-Type", TYPES[extension] ?? "application/octet-stream");
    const accepted = String(request.headers["accept-encoding"] ?? "");
    const encoding = !COMPRESSIBLE.has(extension)
      ? undefined
      : /\bbr\b/.test(accepted)
        ? "br"
        : /\bgzip\b/.test(accepted)
          ? "gzip"
          : undefined;
    if (!encoding) return void response.end(readFileSync(file));
    const key = `${encoding}:${file}`;
    if (!compressed.has(key)) {
      const bytes = readFileSync(file);
      compressed.set(key, encoding === "br" ? brotliCompressSync(bytes) : gzipSync(bytes));
    }
    response.setHeader("Content-Encoding", encoding);
    response.setHeader("Vary", "Accept-Encoding");
    response.end(compressed.get(key));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, stop: () => server.close() };
}
