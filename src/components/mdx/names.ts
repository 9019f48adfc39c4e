/**
 * The components editors may use inside statements, without importing them.
 * The content check (src/content-checks/mdx-components.ts) refuses any
 * other capitalised tag, so a typo fails the build instead of the page.
 */
export const MDX_COMPONENT_NAMES = [
  "CallToAction",
  "Demands",
  "PullQuote",
  "Aside",
  "MediaLink",
  "Video",
  "Audio",
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
