/**
 * The video and audio files the site publishes, by extension, with the MIME type browsers need
 * to pick a source they can play: formats every current phone plays.
 */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
};

/** The type of a published media file, such as "video/mp4" for /_astro/march.Bx1c2.mp4. */
export function mediaType(address: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(address)?.[1]?.toLowerCase() ?? "";
  return MEDIA_TYPES[extension];
}
