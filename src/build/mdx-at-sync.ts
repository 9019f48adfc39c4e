import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { satteriCollectImagesPlugin, satteriHeadingIdsPlugin } from "@astrojs/markdown-satteri";
import type { AstroConfig, ContentEntryType, MarkdownHeading } from "astro";
import type { Loader, LoaderContext } from "astro/loaders";
import { mdxToJs, type Features } from "satteri";
import { MDX_COMPONENT_NAMES } from "../components/mdx/names.ts";
import { hasElement, recordMdxBody, STORED_MDX, type StoredMdx } from "../lib/stored-mdx-tree.ts";
import { codeAndPackagesHash } from "./source-hash.ts";

/**
 * MDX bodies rendered during Astro's content sync instead of by the bundler.
 *
 * Astro compiles each MDX entry as a module of the site's bundle, on every build, whether it
 * changed or not: at 5,000 statements that was 10,566 modules and 15 of the 30 seconds a rebuild
 * after one edit took, though Astro copied the unchanged pages. Markdown entries instead are
 * rendered once, during the content sync, and kept in Astro's data store until their file
 * changes. This does the same for MDX: each changed body is compiled with the same processor
 * and options @astrojs/mdx uses, run once with a runtime that records its calls
 * (lib/stored-mdx-tree.ts), and the record is kept with the entry. A page replays it through
 * Astro's JSX runtime (data/render-entry.ts), so it renders what the module would have.
 *
 * A body with a picture, or a <script> or <style>, is still left to the bundler: Astro turns
 * their pictures into optimised images with imports only a module can make. On the dev server,
 * glob() renders an edited body again as soon as it is saved, as it does a Markdown one.
 */

/** Tags whose bodies are left to the bundler: see above. */
const BUNDLER_ONLY = new Set(["img", "picture", "script", "style"]);

/** Marks, in a render result, a body left to the bundler. Never stored. */
const BUNDLER = "campaignLeftToBundler";

/** The part of @astrojs/markdown-satteri's processor this reads. */
interface SatteriProcessor {
  name: string;
  options: {
    mdastPlugins: unknown[];
    hastPlugins: unknown[];
    features: Features;
  };
}

type AstroData = {
  frontmatter: Record<string, unknown>;
  headings: MarkdownHeading[];
  localImagePaths: Set<string>;
  remoteImagePaths: Set<string>;
};

/**
 * Compiles MDX bodies as @astrojs/mdx does with the satteri processor (its
 * dist/mdx/create-processor.js: the same processor, plugins and options), but to a function body
 * that can be run here rather than a module for the bundler. tests/unit/mdx-at-sync.test.ts
 * checks that both give the same body function. Undefined for another Markdown processor.
 */
export function mdxCompiler(markdown: AstroConfig["markdown"]) {
  const processor = markdown.processor as unknown as SatteriProcessor | undefined;
  if (processor?.name !== "satteri") return undefined;
  const { gfm, smartPunctuation } = processor.options.features;
  const features: Features = {
    ...processor.options.features,
    gfm: typeof gfm === "object" ? gfm : (markdown.gfm ?? gfm ?? true) !== false,
    smartPunctuation:
      typeof smartPunctuation === "object"
        ? smartPunctuation
        : (markdown.smartypants ?? smartPunctuation ?? true) !== false,
  };
  return async (body: string, filePath: string, frontmatter: Record<string, unknown>) => {
    const astro: AstroData = {
      frontmatter,
      headings: [],
      localImagePaths: new Set(),
      remoteImagePaths: new Set(),
    };
    const { code } = await mdxToJs(body, {
      mdastPlugins: [...(processor.options.mdastPlugins as []), satteriCollectImagesPlugin()],
      hastPlugins: [...(processor.options.hastPlugins as []), satteriHeadingIdsPlugin()],
      features,
      fileURL: pathToFileURL(filePath),
      jsxImportSource: "astro",
      elementAttributeNameCase: "html",
      outputFormat: "function-body",
      data: { astro },
    });
    return {
      code,
      headings: astro.headings,
      hasPictures: astro.localImagePaths.size + astro.remoteImagePaths.size > 0,
    };
  };
}

/** Compiles and records a body; undefined for one the bundler must compile (see above). */
function mdxRecorder(config: AstroConfig) {
  const compile = mdxCompiler(config.markdown);
  if (!compile) return undefined;
  return async (body: string, filePath: string, frontmatter: Record<string, unknown>) => {
    if (frontmatter.layout) return undefined;
    const { code, headings, hasPictures } = await compile(body, filePath, frontmatter);
    if (hasPictures) return undefined;
    const tree = recordMdxBody(code, MDX_COMPONENT_NAMES);
    if (hasElement(tree, BUNDLER_ONLY)) return undefined;
    return { tree, headings };
  };
}

/**
 * A fingerprint of everything that decides what a body renders to besides its own text: the code
 * in src/ (this, the processor's plugins, the components' names), the packages that compile it
 * (the lockfile), and the Astro config's address and markdown settings. It is added to each
 * entry's digest, so a change to any of them renders every body again rather than keeping a
 * stale one.
 */
function rendererVersion(config: AstroConfig): string {
  const lockfile = path.join(fileURLToPath(config.root), "package-lock.json");
  return createHash("sha256")
    .update(codeAndPackagesHash(lockfile))
    .update(JSON.stringify({ site: config.site, base: config.base, markdown: config.markdown }))
    .digest("base64url");
}

let version: string | undefined;

/**
 * Wraps a glob() loader so that its MDX entries are rendered during the sync (see above), and the
 * rest are left as glob() leaves them. An entry the bundler must compile is stored as glob()
 * stores every MDX entry: deferred, with its file among the content modules.
 */
export function mdxRenderedAtSync(loader: Loader): Loader {
  return {
    name: `${loader.name} (MDX rendered at sync)`,
    load: async (context: LoaderContext) => {
      const record = mdxRecorder(context.config);
      // glob() reads the entry types from its context, though LoaderContext's type leaves them out.
      const { entryTypes: types } = context as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
      const mdx = types.get(".mdx");
      if (!record || !mdx) return loader.load(context);
      version ??= rendererVersion(context.config);
      const salt = version;

      const entryTypes = new Map(types);
      const { contentModuleTypes: _, ...rest } = mdx;
      entryTypes.set(".mdx", {
        ...rest,
        getRenderFunction: async () => async (entry) => {
          const filePath = entry.filePath ?? entry.id;
          // A body that does not compile goes to the bundler too, whose MDX compiler stops the
          // build naming the file and line. (glob() would log the error and store an empty body.)
          const recorded = await record(entry.body ?? "", filePath, entry.data).catch(() => undefined);
          if (!recorded) return { html: "", metadata: { [BUNDLER]: true } };
          const stored: StoredMdx = { tree: recorded.tree };
          return { html: "", metadata: { headings: recorded.headings, [STORED_MDX]: stored } };
        },
      });

      // glob() renders with the entry type's render function and stores the result; a body
      // marked for the bundler is stored instead as glob() stores MDX without one.
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property !== "set") return Reflect.get(target, property, receiver);
          return (entry: Parameters<typeof target.set>[0]) => {
            if (!entry.rendered?.metadata?.[BUNDLER]) return target.set(entry);
            const { rendered: _, assetImports: __, ...plain } = entry;
            return target.set({ ...plain, deferredRender: true });
          };
        },
      });
      const generateDigest: LoaderContext["generateDigest"] = (data) =>
        context.generateDigest(typeof data === "string" ? `${salt}\n${data}` : { salt, data });

      return loader.load({ ...context, entryTypes, store, generateDigest } as LoaderContext);
    },
  };
}
