import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/lib/chromium.ts";

const port = 4329;

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
  webServer: {
    // The Node running the tests (24, from node_modules) also serves the site.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    env: { ASTRO_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
  },
});
