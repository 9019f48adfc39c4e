import { existsSync, readFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { duration } from "../build/progress.ts";
import { contentDir } from "../site/content-layout.ts";

/** How often a line is printed while Vite bundles. */
const EVERY_MS = 3000;

/**
 * Says how far Vite has got while Astro bundles the site, a step that prints
 * nothing of its own: measured on a shared 2-core machine with 1,000
 * statements, 14 s compiling the content's MDX files, then 36 s writing
 * chunks, and it grows with the archive. Most MDX bodies are now rendered
 * before it (build/mdx-at-sync.ts); those with pictures are still compiled
 * here. Every 3 seconds:
 * "bundling: 12/12 MDX files compiled, 2,310 modules, 812 chunks written, 41 s".
 */
export function bundleProgress(): AstroIntegration {
  return {
    name: "campaign:bundle-progress",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        // Astro also runs Vite to load the content before it bundles: that is "loading content".
        let label = "bundling";
        let started = 0;
        let timer: NodeJS.Timeout | undefined;
        let mdxTotal = 0;
        const mdx = new Set<string>();
        let modules = 0;
        let chunks = 0;
        const report = () => {
          const figures = [
            ...(label === "bundling"
              ? [`${mdx.size.toLocaleString("en")}/${mdxTotal.toLocaleString("en")} MDX files compiled`]
              : []),
            `${modules.toLocaleString("en")} modules`,
            ...(chunks > 0 ? [`${chunks.toLocaleString("en")} chunks written`] : []),
            duration((performance.now() - started) / 1000),
          ];
          console.log(`  ${label}: ${figures.join(", ")}`);
        };
        const stop = () => {
          clearInterval(timer);
          timer = undefined;
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: "campaign:bundle-progress",
                // After the MDX plugin, so a file counts once it is compiled.
                enforce: "post",
                configResolved(config) {
                  label = config.command === "build" ? "bundling" : "loading content";
                },
                buildStart() {
                  stop();
                  started = performance.now();
                  mdxTotal = mdxModules(new URL(".astro/content-modules.mjs", config.root));
                  mdx.clear();
                  modules = 0;
                  chunks = 0;
                  timer = setInterval(report, EVERY_MS).unref();
                },
                transform(_code, id) {
                  modules++;
                  const file = id.split("?")[0] ?? id;
                  if (file.endsWith(".mdx") && file.startsWith(contentDir)) mdx.add(file);
                },
                renderChunk() {
                  chunks++;
                  return null;
                },
                buildEnd(error) {
                  // A failed bundle writes no chunks: stop here, the error says the rest.
                  if (error) stop();
                },
                closeBundle() {
                  stop();
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * The MDX files left for the bundler: the content sync has just listed them, one import each, in
 * the map of content modules it writes for the build.
 */
function mdxModules(list: URL): number {
  if (!existsSync(list)) return 0;
  // Lines of `["content/….mdx", () => import("/…/….mdx?…")]`.
  return readFileSync(list, "utf8").match(/\.mdx", \(\) => import\(/g)?.length ?? 0;
}
