import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CollectionEntry } from "astro:content";
import { contentDir } from "~/site/content-layout.ts";
import { splitEntryId } from "~/lib/urls.ts";
import { hasLeafletPdf, type Leaflet } from "./leaflets.ts";
import { publishedEntries } from "./published.ts";
import { slugOf, statementNeighbours } from "./queries.ts";
import { hasOwnShareImage } from "./share-cards.ts";

/**
 * The keys that let Astro's incremental build (astro.config.mjs) copy a page from the last build
 * instead of rendering it again. Astro already checks the page's code (every module it imports,
 * the MDX of the entries it renders); a key must change whenever anything else the page shows
 * changes. So each key is made of everything the page reads from content and settings:
 *
 * - siteKey: settings.yaml, every collection but the statements (actions, demands, topics, FAQ,
 *   pages: small, and shown on many pages), every other file in content/ outside statements/,
 *   and the CAMPAIGN_ environment but the folders. Any change there renders every page again.
 * - a statement's page: the statement, the same statement in every other language (the language
 *   picker and the out-of-date notice), its older, newer and related statements, whether it has
 *   PDFs and a share image of its own.
 * - a leaflet sheet: everything the sheet says (data/leaflets.ts).
 * - a list of statements (a page of the statement list, a year of the archive, a topic's or a
 *   demand's page): the statements it lists, and whatever else it says (listPageKey's `extra`).
 *
 * Retitling one statement then renders its own pages, its neighbours' and the lists, not 10,000.
 * A page without a key (home, the sections' first pages, actions, FAQ, and the share images,
 * which have their own cache) is rendered every time.
 */

/** A short hash of the parts, as a page's cacheKey. */
function keyOf(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 32);
}

/** What an entry is made of: Astro's digest of its file, or its text and fields. */
function entryVersion(entry: CollectionEntry<"statements" | "actions" | "faq">): string {
  const { digest } = entry as { digest?: string | number };
  return `${entry.id}:${digest ?? keyOf(entry.body, entry.data)}`;
}

/** Variables that say where the build reads and writes, or how long it may take: no page shows them. */
const WHERE_NOT_WHAT = new Set([
  "CAMPAIGN_CONTENT_DIR",
  "CAMPAIGN_OUT_DIR",
  "CAMPAIGN_CACHE_DIR",
  "CAMPAIGN_BUILD_TIMEOUT",
]);

let site: Promise<string> | undefined;

/** Everything every page may show besides the statements: see above. Computed once per build. */
export function siteKey(): Promise<string> {
  site ??= (async () => {
    const hash = createHash("sha256");
    const statementsFolder = path.join(contentDir, "statements") + path.sep;
    const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !file.startsWith(statementsFolder))
      .sort();
    for (const file of files) hash.update(`${path.relative(contentDir, file)}\n`).update(readFileSync(file));
    const environment = Object.entries(process.env)
      .filter(([name]) => name.startsWith("CAMPAIGN_") && !WHERE_NOT_WHAT.has(name))
      .sort(([a], [b]) => a.localeCompare(b));
    hash.update(JSON.stringify(environment));
    return hash.digest("base64url");
  })();
  return site;
}

/** The key of a statement's page. */
export async function statementPageKey(statement: CollectionEntry<"statements">): Promise<string> {
  const { lang, slug } = splitEntryId(statement.id);
  const sameStatement = (await statementsBySlug()).get(slug) ?? [];
  const { older, newer, related } = await statementNeighbours(lang, statement);
  return keyOf(
    await siteKey(),
    sameStatement.map(entryVersion),
    [older, newer, ...related].map((entry) => entry && entryVersion(entry)),
    await hasOwnShareImage(statement),
    await hasLeafletPdf({ lang, kind: "statements", slug }),
  );
}

let bySlug: Promise<Map<string, CollectionEntry<"statements">[]>> | undefined;

/** Each statement in every language it exists in, by slug: indexed once, not searched per page. */
function statementsBySlug(): Promise<Map<string, CollectionEntry<"statements">[]>> {
  bySlug ??= publishedEntries("statements").then((entries) => {
    const index = new Map<string, CollectionEntry<"statements">[]>();
    for (const entry of entries) index.set(slugOf(entry), [...(index.get(slugOf(entry)) ?? []), entry]);
    return index;
  });
  return bySlug;
}

/** The key of a leaflet's printable sheet: all it says is in the leaflet. */
export async function leafletSheetKey(leaflet: Leaflet): Promise<string> {
  return keyOf(await siteKey(), leaflet);
}

/** The key of a page listing `statements`, and saying `extra` besides (page numbers, years). */
export async function listPageKey(
  statements: readonly CollectionEntry<"statements">[],
  ...extra: unknown[]
): Promise<string> {
  return keyOf(await siteKey(), statements.map(entryVersion), extra);
}
