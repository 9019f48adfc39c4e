import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** Asks the system for a free port on the loopback address. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Serves dist/ with `astro preview` on 127.0.0.1 until stop() is called. */
export async function startPreview(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const astro = path.resolve("node_modules/astro/bin/astro.mjs");
  const child = spawn(process.execPath, [astro, "preview", "--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${url}`);
}
