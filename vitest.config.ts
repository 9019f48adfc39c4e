/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Astro's Vite config, so tests resolve astro/zod and .astro files like the site does.
export default getViteConfig({
  test: {
    include: [
      "tests/unit/**/*.test.ts",
      "tests/build/**/*.test.ts",
      "tests/leaflets/**/*.test.ts",
      "tests/site/**/*.test.ts",
    ],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
