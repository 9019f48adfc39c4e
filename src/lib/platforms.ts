/** Hosts of the sites editors most often link a video, post or map from, by the name readers know. */
const PLATFORMS: readonly [host: string, name: string, path?: RegExp][] = [
  ["youtube.com", "YouTube"],
  ["youtu.be", "YouTube"],
  ["vimeo.com", "Vimeo"],
  ["x.com", "X"],
  ["twitter.com", "X"],
  ["instagram.com", "Instagram"],
  ["facebook.com", "Facebook"],
  ["fb.watch", "Facebook"],
  ["tiktok.com", "TikTok"],
  ["bsky.app", "Bluesky"],
  ["t.me", "Telegram"],
  ["google.com", "Google Maps", /^\/maps/],
  ["maps.app.goo.gl", "Google Maps"],
  ["openstreetmap.org", "OpenStreetMap"],
];

/**
 * The name of the site an address belongs to: "YouTube" for www.youtube.com/watch?v=…, and
 * for a site not listed its host without "www.", such as "news.example.com".
 */
export function platformName(address: string): string {
  const url = new URL(address);
  const host = url.hostname.replace(/^www\./, "");
  const known = PLATFORMS.find(
    ([platform, , path]) =>
      (host === platform || host.endsWith(`.${platform}`)) && (!path || path.test(url.pathname)),
  );
  return known?.[1] ?? host;
}
