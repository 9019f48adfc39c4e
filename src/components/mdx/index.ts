/**
 * What editors may use inside MDX, without imports. Adding a component here
 * also needs its name in ./names.ts, which the content check reads.
 */
import Aside from "./Aside.astro";
import CallToAction from "./CallToAction.astro";
import Demands from "./Demands.astro";
import MediaLink from "./MediaLink.astro";
import PullQuote from "./PullQuote.astro";
import type { MdxComponentName } from "./names";

export const mdxComponents = { Aside, CallToAction, Demands, MediaLink, PullQuote } satisfies Record<
  MdxComponentName,
  unknown
>;
