/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * Three projects, cheapest first (`npm run test:unit`, `test:site`, `test:build`; `vitest run`
 * runs all three). Astro's Vite config, so tests resolve astro/zod and .astro files like the
 * site does.
 */
export default getViteConfig({
  test: {
    projects: [
      // Pure functions, schemas, the checker, config files: seconds, no dist/ and no build.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // The built site in dist/, read as files: run `npm run build` first.
      { extends: true, test: { name: "site", include: ["tests/site/**/*.test.ts"] } },
      // Whole builds of fixture sites, each in a temporary copy of the project.
      {
        extends: true,
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
