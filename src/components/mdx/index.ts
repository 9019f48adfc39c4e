/**
 * What editors may use inside MDX, without imports. Adding a component here
 * also needs its name in ./names.ts, which the content check reads.
 */
import Aside from "./Aside.astro";
import Audio from "./Audio.astro";
import CallToAction from "./CallToAction.astro";
import Demands from "./Demands.astro";
import MediaLink from "./MediaLink.astro";
import PullQuote from "./PullQuote.astro";
import Video from "./Video.astro";
import type { MdxComponentName } from "./names";

export const mdxComponents = {
  Aside,
  Audio,
  CallToAction,
  Demands,
  MediaLink,
  PullQuote,
  Video,
} satisfies Record<MdxComponentName, unknown>;
