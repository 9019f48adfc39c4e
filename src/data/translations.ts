import { readFileSync } from "node:fs";
import path from "node:path";
import { getEntry, type CollectionEntry } from "astro:content";
import { fingerprint } from "~/site/fingerprint.ts";
import { splitEntryId } from "~/lib/urls.ts";
import { defaultLanguage } from "./settings.ts";

const fingerprints = new Map<string, string>();

/** The current fingerprint of an original, read once per build. */
function currentFingerprint(filePath: string): string {
  const known = fingerprints.get(filePath);
  if (known) return known;
  const value = fingerprint(readFileSync(path.resolve(filePath)));
  fingerprints.set(filePath, value);
  return value;
}

/**
 * The original of a translation that was made from an earlier version of it,
 * or undefined when the translation is current (or is itself an original).
 */
export async function outdatedOriginal<C extends "statements" | "actions" | "faq" | "pages">(
  entry: CollectionEntry<C>,
): Promise<CollectionEntry<C> | undefined> {
  const { lang, slug } = splitEntryId(entry.id);
  const recorded = (entry.data as { translatedFrom?: string }).translatedFrom;
  if (lang === defaultLanguage || !recorded) return undefined;
  const original = (await getEntry(entry.collection, `${defaultLanguage}/${slug}`)) as
    CollectionEntry<C> | undefined;
  if (!original?.filePath) return undefined;
  return currentFingerprint(original.filePath) === recorded ? undefined : original;
}

/** The original a translation's out-of-date notice links to: its language and address. */
export interface OriginalLink {
  lang: string;
  href: string;
}

/** The link for the out-of-date notice, or undefined when the translation is current. */
export async function outdatedOriginalLink<C extends "statements" | "actions" | "faq" | "pages">(
  entry: CollectionEntry<C>,
  hrefOf: (original: CollectionEntry<C>) => string,
): Promise<OriginalLink | undefined> {
  const original = await outdatedOriginal(entry);
  return original && { lang: splitEntryId(original.id).lang, href: hrefOf(original) };
}
