import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

/**
 * Serves a built site on 127.0.0.1, on a free port, for the scripts that
 * drive Chromium (leaflets, screenshots). Any output folder works, which
 * `astro preview` does not offer.
 */
export async function startPreview(outDir = "dist"): Promise<{ url: string; stop: () => void }> {
  const serve = sirv(path.resolve(outDir), { dev: true, etag: false });
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end("Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
