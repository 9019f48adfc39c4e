import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { generateSite } from "../../tests/support/generate-site.ts";
import { snapshotProject } from "./project-snapshot.ts";
import { buildColdThenWarm, selectBuilds, type BuildVariant, type SiteBuild } from "./site-build.ts";

export interface MatrixOptions {
  /** The repository: its content/ is the sample site, its working tree is what gets built. */
  root: string;
  /** A temporary folder for the projects, the sites, the builds and their logs. */
  work: string;
  sizes: readonly number[];
  leafletPdfs: boolean;
  /** Builds of each kind; the fastest is kept, as the one least disturbed by other work. */
  repeat: number;
  maxWaitSeconds: number;
  progress: (message: string) => void;
}

/**
 * Every build the bench times: the sample site (also with leaflet PDFs, as
 * npm run build makes it) and each generated size, with and without share
 * images, each cold then warm.
 */
export async function runBuildMatrix(options: MatrixOptions): Promise<SiteBuild[]> {
  const { root, work, progress } = options;
  const sampleContent = path.join(root, "content");
  const projects = {
    withImages: snapshotProject(root, path.join(work, "project"), { shareImages: true }),
    withoutImages: snapshotProject(root, path.join(work, "project-no-share-images"), { shareImages: false }),
  };

  const sites = [{ name: "sample", contentDir: sampleContent, statements: statementFiles(sampleContent) }];
  for (const size of options.sizes) {
    progress(`generating ${size} statements`);
    const generated = generateSite(sampleContent, path.join(work, `site-${size}`), size);
    const perLanguage = Object.entries(generated.statements).map(([lang, count]) => `${count} ${lang}`);
    progress(`  statement files, the sample's included: ${perLanguage.join(", ")}`);
    const statements = Object.values(generated.statements).reduce((sum, count) => sum + count, 0);
    sites.push({ name: `${size} statements`, contentDir: generated.contentDir, statements });
  }

  const builds: SiteBuild[] = [];
  for (const site of sites) {
    const variants: BuildVariant[] = [
      ...(site.name === "sample" && options.leafletPdfs ? [{ shareImages: true, leaflets: true }] : []),
      { shareImages: true, leaflets: false },
      { shareImages: false, leaflets: false },
    ];
    for (const variant of variants) {
      const name = `${site.name}-${variant.shareImages ? "images" : "no-images"}${variant.leaflets ? "-pdfs" : ""}`;
      const attempts: SiteBuild[][] = [];
      for (let attempt = 1; attempt <= options.repeat; attempt++) {
        progress(
          `building ${name.replaceAll("-", " ")}, cold then warm${options.repeat > 1 ? ` (${attempt} of ${options.repeat})` : ""}`,
        );
        const results = await buildColdThenWarm({
          ...site,
          project: variant.shareImages ? projects.withImages : projects.withoutImages,
          variant,
          workDir: path.join(work, `${name.replace(/\W+/g, "-")}-${attempt}`),
          maxWaitSeconds: options.maxWaitSeconds,
        });
        for (const result of results)
          progress(
            `  ${result.cache}: ${result.wallSeconds.toFixed(1)} s${result.status === 0 ? "" : " FAILED"}`,
          );
        attempts.push(results);
      }
      builds.push(...fastest(attempts));
    }
  }
  return builds;
}

/** Of several cold-then-warm attempts, the fastest cold and the fastest warm build; a failure always shows. */
function fastest(attempts: readonly SiteBuild[][]): SiteBuild[] {
  const all = attempts.flat();
  const failed = selectBuilds(all, { succeeded: false });
  if (failed.length > 0) return failed;
  return (["cold", "warm"] as const).flatMap((cache) => {
    const [best] = selectBuilds(all, { cache }).sort((a, b) => a.wallSeconds - b.wallSeconds);
    return best ? [best] : [];
  });
}

function statementFiles(contentDir: string): number {
  return readdirSync(path.join(contentDir, "statements"), { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".mdx") && !path.basename(file).startsWith("_"),
  ).length;
}

export interface ScaleOptions {
  root: string;
  work: string;
  /** Numbers of generated statements: the goals are set at 5,000. */
  sizes: readonly number[];
  maxWaitSeconds: number;
  progress: (message: string) => void;
}

/**
 * The default build (share images and leaflet PDFs: everything a deploy
 * publishes) of generated archives, each cold and then after one statement is
 * retitled: the figures issue 16's goals are set against.
 */
export async function runScaleBuilds(options: ScaleOptions): Promise<SiteBuild[]> {
  const { root, work, progress } = options;
  const sampleContent = path.join(root, "content");
  const project = snapshotProject(root, path.join(work, "project-scale"), { shareImages: true });
  const builds: SiteBuild[] = [];
  for (const size of options.sizes) {
    progress(`generating ${size} statements for the default build`);
    const generated = generateSite(sampleContent, path.join(work, `scale-site-${size}`), size);
    const statements = Object.values(generated.statements).reduce((sum, count) => sum + count, 0);
    progress(`building ${size} statements as a deploy does (share images, PDFs), cold then after one edit`);
    const results = await buildColdThenWarm({
      name: `${size} statements`,
      contentDir: generated.contentDir,
      statements,
      project,
      variant: { shareImages: true, leaflets: true },
      workDir: path.join(work, `scale-${size}`),
      maxWaitSeconds: options.maxWaitSeconds,
      second: "one-edit",
    });
    for (const result of results)
      progress(
        `  ${result.cache}: ${result.wallSeconds.toFixed(1)} s, ${result.files} files${result.status === 0 ? "" : " FAILED"}`,
      );
    builds.push(...results);
    // The next size needs the room: a 5,000-statement build and its cache take a few hundred MB.
    rmSync(path.join(work, `scale-site-${size}`), { recursive: true, force: true });
  }
  return builds;
}
