import { z } from "astro/zod";
import type { MdxComponentName } from "./names.ts";

/**
 * The attributes each component editors write in MDX accepts, checked by the content check
 * before the build: a missing title or a misspelt attribute is reported with the file and the
 * line instead of failing (or silently rendering nothing) when the page is built. Every message
 * is read by an editor.
 */

/** A file next to the entry, written as editors write pictures: ./media/march.mp4. */
const localFile = (example: string, why = "") =>
  z
    .string({ error: `must be the path of a file next to this entry, such as ${example}${why}` })
    .regex(/^\.\.?\//, `must start with ./ and be relative to this entry, such as ${example}`);

const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, `must not be empty: write ${what}`);

const title = text("what it is, in a few words").describe("The heading readers see.");

export const mdxComponentProps = {
  Aside: z.strictObject({ title: text("the note's heading, such as Background") }),
  CallToAction: z.strictObject({
    id: text("the id of an action (its file name without .mdx)").describe(
      "The action's id: its file name in content/actions/<language>/ without .mdx.",
    ),
  }),
  Demands: z.strictObject({}),
  PullQuote: z.strictObject({}),
  MediaLink: z
    .strictObject({
      href: z
        .url({
          protocol: /^https?$/,
          error: "must be the full address of the video, post or map, starting with https://",
        })
        .describe("The address of the video, post or map on its own site."),
      title,
      platform: text("the site's name, such as YouTube").optional(),
      poster: localFile("./images/rally-still.jpg")
        .optional()
        .describe("A picture of your own to show on the card, such as a still from the video."),
      alt: text("what the picture shows").optional(),
    })
    .refine((props) => !props.poster || props.alt, {
      path: ["alt"],
      message: 'must say what the poster picture shows, such as alt="Marchers crossing the bridge"',
    }),
  Video: z.strictObject({
    src: localFile("./media/march.mp4").describe("The video file: MP4 (H.264) or WebM."),
    title,
    captions: localFile(
      "./media/march.vtt",
      ". Every video needs captions, for readers who cannot hear it and for everyone watching with the sound off",
    ).describe("Captions in the page's language, as a WebVTT file: what is said, and sounds that matter."),
    poster: localFile("./images/march-still.jpg")
      .optional()
      .describe("A picture shown before the video plays. Without one, readers see a plain box."),
  }),
  Audio: z.strictObject({
    src: localFile("./media/speech.mp3").describe("The recording: MP3, M4A, Ogg or Opus."),
    title,
  }),
} satisfies Record<MdxComponentName, z.ZodType>;

/** What a file an attribute names must be: the build publishes each kind in its own way. */
export type LocalFileKind = "video" | "audio" | "captions" | "picture";

/** The attributes that name a file next to the entry, by component, with the kind of file. */
export const LOCAL_FILES: Partial<Record<MdxComponentName, Readonly<Record<string, LocalFileKind>>>> = {
  MediaLink: { poster: "picture" },
  Video: { src: "video", captions: "captions", poster: "picture" },
  Audio: { src: "audio" },
};
