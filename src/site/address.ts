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
