import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import type { Settings } from "../schemas/settings.ts";
import { cmsConfig, editorFormats } from "./cms-config.ts";
import type { EditorSetup } from "./editor/main.ts";
import { editorPage } from "./page.ts";

/**
 * Writes the web editor into a built site's admin/ folder: its page, and its
 * script, bundled from src/admin/editor/ and Sveltia CMS's npm package (the
 * version package-lock.json pins) with the configuration generated from the
 * schemas. The package's browser-ready build (dist/) is not used: it fetches
 * its fonts and some modules from CDNs and checks a CDN for new versions; its
 * npm build takes them from the package itself, so nothing leaves the site.
 */

const cmsPackage = () => path.dirname(createRequire(import.meta.url).resolve("@sveltia/cms"));
const editorEntry = fileURLToPath(new URL("./editor/main.ts", import.meta.url));

/**
 * Syntax colouring for code (Shiki's hundreds of languages, 13 MB) is for the CMS's code field
 * and code blocks, which this site's forms do not offer: left out, the CMS shows code uncoloured.
 */
const withoutCodeColouring: Plugin = {
  name: "without-code-colouring",
  setup(builder) {
    // One empty module stands for all of them, so they make one chunk rather than hundreds.
    builder.onResolve({ filter: /^@shikijs\/(?:langs|themes)\// }, () => ({
      path: "none",
      namespace: "no-code-colouring",
    }));
    builder.onLoad({ filter: /.*/, namespace: "no-code-colouring" }, () => ({
      contents: "export default [];",
      loader: "js",
    }));
  },
};

/**
 * The CMS adds its fonts twice: as FontFace objects from its own assets/ folder, and in a
 * stylesheet that names the same fonts on a CDN, which the browser asks for too. That stylesheet
 * is pointed at the copies in assets/ (relative to the page, which sits beside them). And the
 * page may be zoomed.
 */
const CDN_FONT =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

const fromThisSiteAndZoomable: Plugin = {
  name: "from-this-site-and-zoomable",
  setup(builder) {
    builder.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
      const assets = readdirSync(path.join(cmsPackage(), "assets"));
      const source = readFileSync(args.path, "utf8")
        .replace(CDN_FONT, (url, family: string, subset: string) => {
          const local = assets.find(
            (file) => file.startsWith(`${family}-${subset}-`) && file.endsWith(".woff2"),
          );
          if (!local) throw new Error(`The CMS names a font this build has no copy of: ${url}`);
          return `assets/${local}`;
        })
        // Its viewport would stop people zooming the page (WCAG 1.4.4); the rest of it is kept.
        .replace("`maximum-scale=1`,", "");
      return { contents: source, loader: "js" };
    });
  },
};

export interface EditorBuild {
  settings: Settings;
  siteUrl: string;
}

/** The editor's script and its chunks, bundled but not yet written: each file's path in admin/ and bytes. */
export type EditorBundle = { file: string; contents: Uint8Array }[];

/** Where esbuild is told the files go; they are written under the site's admin/ folder later. */
const BUNDLE_FOLDER = path.resolve("web-editor-bundle");

/**
 * Bundles the editor's script. It needs nothing Astro builds, so the integration starts it with
 * the build and writes it once the pages are done (writeEditor): half a second less at the end.
 */
export async function bundleEditor({ settings, siteUrl }: EditorBuild): Promise<EditorBundle> {
  const setup: EditorSetup = { config: cmsConfig({ settings, siteUrl }), formats: editorFormats() };
  const result = await build({
    entryPoints: { editor: editorEntry },
    outdir: BUNDLE_FOLDER,
    write: false,
    bundle: true,
    // The CMS loads its translations, image converters and rarely used parts only when needed.
    splitting: true,
    // Beside editor.js, so the CMS finds its fonts and workers in assets/ from any of them.
    chunkNames: "[name]-[hash]",
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    define: { __EDITOR_SETUP__: JSON.stringify(setup) },
    plugins: [withoutCodeColouring, fromThisSiteAndZoomable],
    logLevel: "warning",
  });
  return result.outputFiles.map(({ path: file, contents }) => ({
    file: path.relative(BUNDLE_FOLDER, file),
    contents,
  }));
}

/** Writes the editor into the site's admin/ folder: its page, its script, the CMS's own assets. */
export function writeEditor(bundle: EditorBundle, settings: Settings, outDir: string): void {
  for (const { file, contents } of bundle) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
  }
  // Its fonts, icons and image-conversion workers, which it finds relative to its script.
  cpSync(path.join(cmsPackage(), "assets"), path.join(outDir, "assets"), {
    recursive: true,
    filter: (file) => !file.endsWith(".map"),
  });
  writeFileSync(path.join(outDir, "index.html"), editorPage(settings));
}
