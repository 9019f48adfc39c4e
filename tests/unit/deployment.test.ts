import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cacheFolder } from "../../src/site/environment";
import { parseHeaders } from "../support/headers-file";

/**
 * The deployment recipes in .github/: each builds with the README's commands
 * through one shared action and publishes dist/, and only the host chosen in
 * the DEPLOY_TARGET variable runs. (tests/build/fixture-site.test.ts builds
 * a site for a folder, as GitHub Pages serves a project site, and checks every
 * link there.)
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  id?: string;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  jobs: Record<string, { if?: string; steps?: Step[]; needs?: string }>;
}

const workflowsDir = ".github/workflows";
const workflows = new Map(
  readdirSync(workflowsDir).map((file) => [
    file,
    parse(readFileSync(path.join(workflowsDir, file), "utf8")) as Workflow,
  ]),
);
const buildAction = parse(readFileSync(".github/actions/build-site/action.yml", "utf8")) as {
  runs: { steps: Step[] };
};
const readme = readFileSync("README.md", "utf8");
const targets = {
  "deploy-github-pages.yml": "github-pages",
  "deploy-netlify.yml": "netlify",
  "deploy-cloudflare-pages.yml": "cloudflare-pages",
};

describe("the shared build step", () => {
  const steps = buildAction.runs.steps;

  it("uses the Node version the project pins", () => {
    const setup = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
    expect(setup?.with?.["node-version-file"]).toBe(".nvmrc");
    expect(readFileSync(".nvmrc", "utf8").trim()).toBe(
      (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node.match(
        /\d+/,
      )?.[0],
    );
  });

  it("runs the README's install and build commands, with a browser for the leaflets", () => {
    const commands = steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(commands).toEqual(["npm ci --no-audit --no-fund", "npm run build"]);
    expect(readme).toContain("npm ci && npm run build");
    const build = steps.find((step) => step.run?.trim() === "npm run build");
    expect(build?.env?.["CHROMIUM_PATH"]).toMatch(/^\/usr\/bin\//);
    expect(build?.env?.["CAMPAIGN_SITE_URL"]).toBe("${{ inputs.site-url }}");
  });

  it("restores the build cache after npm ci and before the build, and saves it after the build", () => {
    const at = (prefix: string) => steps.findIndex((step) => step.uses?.startsWith(prefix));
    const [install, restore, build, save] = [
      steps.findIndex((step) => step.run?.trim().startsWith("npm ci")),
      at("actions/cache/restore@"),
      steps.findIndex((step) => step.run?.trim() === "npm run build"),
      at("actions/cache/save@"),
    ];
    expect(install).toBeLessThan(restore);
    expect(restore).toBeLessThan(build);
    expect(build).toBeLessThan(save);
    // The folder the build writes its caches to when nothing overrides it.
    const folder = path.relative(process.cwd(), cacheFolder({}));
    expect(folder.startsWith("node_modules")).toBe(false);
    expect(steps[restore]?.with?.["path"]).toBe(folder);
    expect(steps[save]?.with?.["path"]).toBe(folder);
    // Each run saves an entry of its own; the next restores the newest by the key's prefix.
    const key = steps[save]?.with?.["key"] ?? "";
    expect(key).toContain("${{ github.run_id }}");
    expect(steps[restore]?.with?.["key"]).toBe(key);
    expect(key.startsWith(steps[restore]?.with?.["restore-keys"] ?? "-")).toBe(true);
  });
});

describe.each(Object.entries(targets))("%s", (file, target) => {
  const workflow = workflows.get(file);

  it("exists, deploys on pushes to main, and only when chosen", () => {
    expect(workflow).toBeDefined();
    expect(workflow?.on.push?.branches).toEqual(["main"]);
    const guarded = Object.values(workflow?.jobs ?? {}).filter((job) => job.if !== undefined);
    expect(guarded.length).toBeGreaterThan(0);
    for (const job of Object.values(workflow?.jobs ?? {})) {
      // A job either checks the target itself or waits for one that does.
      expect(job.if ?? `needs ${job.needs}`).toMatch(new RegExp(`DEPLOY_TARGET == '${target}'|^needs \\w+`));
    }
    expect(readme).toContain(`DEPLOY_TARGET = ${target}`);
  });

  it("builds with the shared step and publishes dist/", () => {
    const steps = Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps ?? []);
    expect(steps.some((step) => step.uses === "./.github/actions/build-site")).toBe(true);
    const publish = steps.find(
      (step) =>
        step.uses?.startsWith("actions/upload-pages-artifact@") || /deploy .*dist/.test(step.run ?? ""),
    );
    expect(publish?.with?.["path"] ?? publish?.run).toMatch(/\bdist\b/);
  });
});

describe("GitHub Pages", () => {
  it("builds for the address Pages gives the site, folder included", () => {
    const steps = workflows.get("deploy-github-pages.yml")?.jobs["build"]?.steps ?? [];
    const pages = steps.find((step) => step.uses?.startsWith("actions/configure-pages@"));
    const build = steps.find((step) => step.uses === "./.github/actions/build-site");
    expect(build?.with?.["site-url"]).toBe(`\${{ steps.${pages?.id}.outputs.base_url }}/`);
  });
});

describe("public/_headers on Netlify and Cloudflare Pages", () => {
  const text = readFileSync("public/_headers", "utf8");
  const rules = parseHeaders(text);

  it("stays within Cloudflare Pages' limits (100 rules, 2,000 characters a line)", () => {
    expect(rules.size).toBeLessThanOrEqual(100);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it("names only paths and splat patterns the hosts understand", () => {
    for (const rule of rules.keys()) expect(rule).toMatch(/^\/[\w./:*-]*$/);
  });
});

describe("the dependency audit", () => {
  it("runs npm run audit:deps's check, for production dependencies, every week", () => {
    const audit = workflows.get("audit.yml") as (Workflow & { on: { schedule?: unknown[] } }) | undefined;
    const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
      .scripts["audit:deps"];
    expect(script).toMatch(/^npm audit\b.*--omit=dev\b.*--audit-level=high\b/);
    expect(audit?.on.schedule?.length).toBeGreaterThan(0);
    const steps = Object.values(audit?.jobs ?? {}).flatMap((job) => job.steps ?? []);
    expect(steps.map((step) => step.run?.trim())).toContain(script);
  });
});
