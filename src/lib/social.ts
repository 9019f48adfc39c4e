const NAMES: Record<string, string> = {
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  x: "X",
  facebook: "Facebook",
  instagram: "Instagram",
  telegram: "Telegram",
  whatsapp: "WhatsApp",
  youtube: "YouTube",
  tiktok: "TikTok",
};

/** How a social network writes its own name. */
export function networkName(network: string): string {
  return NAMES[network] ?? network;
}
