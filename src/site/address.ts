import { ContentCheckError, problemsFromZod } from "../content-checks/problems.ts";
import { siteAddress, type SiteAddress } from "../lib/site-address.ts";
import { siteUrl } from "../schemas/common.ts";
import type { Settings } from "../schemas/settings.ts";
import { siteUrlOverride } from "./environment.ts";

/**
 * Where this build will be published. Editors set it in settings.yaml; a
 * deployment can override it with CAMPAIGN_SITE_URL (GitHub Pages serves a
 * project at https://<owner>.github.io/<repository>/, a preview at another host).
 */
export function publishedAddress(settings: Settings, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const override = siteUrlOverride(env);
  if (override === undefined) return siteAddress(settings.url);
  const result = siteUrl.safeParse(override);
  if (!result.success) {
    throw new ContentCheckError(
      problemsFromZod("the CAMPAIGN_SITE_URL environment variable", result.error, siteUrl),
    );
  }
  return siteAddress(result.data);
}

/**
 * The address canonical links name. A mirror is the same site built for another address: a
 * build whose CAMPAIGN_SITE_URL is one of settings.yaml's `mirrors` links to itself everywhere
 * (so it works while the main address is blocked) but names the main address as canonical, so
 * search engines and shared previews keep one address per page. Any other build (the main
 * address, GitHub Pages, a preview) is its own canonical address.
 */
export function canonicalAddress(settings: Settings, env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const published = publishedAddress(settings, env);
  const isMirror = settings.mirrors.some((mirror) => siteAddress(mirror).site === published.site);
  return isMirror ? siteAddress(settings.url) : published;
}
