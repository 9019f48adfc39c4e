import type { APIRoute } from "astro";
import { THEME_COLOR } from "~/site/theme";
import { defaultLanguage, languageSettings, settings, siteText } from "~/data/settings";

/** Lets readers add the site to a phone's home screen with the right name and icon. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const { name, description } = siteText(defaultLanguage);
  const manifest = {
    name,
    short_name: settings.shortName,
    description,
    lang: defaultLanguage,
    dir: languageSettings(defaultLanguage).dir,
    start_url: base,
    scope: base,
    display: "browser",
    background_color: THEME_COLOR,
    theme_color: THEME_COLOR,
    icons: [
      { src: `${base}favicon.svg`, type: "image/svg+xml", sizes: "any" },
      { src: `${base}icon-192.png`, type: "image/png", sizes: "192x192" },
      { src: `${base}icon-512.png`, type: "image/png", sizes: "512x512" },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json" },
  });
};
