import type { CollectionName } from "../site/content-layout.ts";

/** One content file as the checker read it, valid against its schema. */
export interface CheckedEntry {
  collection: CollectionName;
  language: string;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  /** The text after the frontmatter; empty for YAML files. */
  body: string;
  /** Action ids named by <CallToAction id="..."> in the body, with their line. */
  embeddedActions: { id: string; line: number }[];
  /** What a translation of this entry records in translatedFrom. */
  fingerprint: string;
}
