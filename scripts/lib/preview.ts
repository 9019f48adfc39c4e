import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

/**
 * Serves a built site on 127.0.0.1, on a free port unless told one, for the scripts
 * and tests that drive Chromium (leaflets, screenshots). Any output folder works, which
 * `astro preview` does not offer. A site built for a folder (base "/campaign/")
 * is served under that folder, as it will be published, so its own addresses work.
 */
export async function startPreview(
  outDir = "dist",
  base = "/",
  port = 0,
): Promise<{ url: string; stop: () => void }> {
  const serve = sirv(path.resolve(outDir), { dev: true, etag: false });
  const notFound = (response: import("node:http").ServerResponse) => {
    response.statusCode = 404;
    response.end("Not found");
  };
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(base)) return notFound(response);
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}${base}`, stop: () => server.close() };
}
