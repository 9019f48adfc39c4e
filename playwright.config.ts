import { createServer } from "node:net";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/lib/chromium.ts";

/** A port nobody is listening on, so two test runs on one machine never test each other's site. */
async function freePort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return String(address.port);
}

// Chosen once by the runner; its workers read the config again and inherit the variables.
process.env["CAMPAIGN_TEST_PORT"] ??= await freePort();
process.env["CAMPAIGN_FIXTURE_PORT"] ??= await freePort();
const port = process.env["CAMPAIGN_TEST_PORT"];
const fixturePort = process.env["CAMPAIGN_FIXTURE_PORT"];

/** Browser tests run against the built site in dist/, in Debian's Chromium. */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  reporter: process.env["CI"] ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: [
    {
      // The Node running the tests (24, from node_modules) also serves the site.
      command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      env: { ASTRO_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: false,
    },
    {
      // The fixture site, with every component editors have: built (without PDFs), then served.
      command: `"${process.execPath}" tests/support/serve-fixture-site.ts ${fixturePort}`,
      url: `http://127.0.0.1:${fixturePort}/campaign/`,
      timeout: 240_000,
      reuseExistingServer: false,
      // Playwright's default is SIGKILL, which left each run's built copy (about 80 MB) in the
      // system's temporary folder: SIGTERM lets the script remove it.
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
  ],
});
