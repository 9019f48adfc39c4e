import type { CollectionEntry } from "astro:content";
import { useTranslations } from "~/i18n/ui.ts";
import { leafletPdfFile, type LeafletSize } from "~/lib/leaflet-paper.ts";
import { leafletKey, leafletsWithPdfs } from "~/lib/leaflet-pdf-selection.ts";
import { splitEntryId } from "~/lib/urls.ts";
import { leafletPdfsWanted } from "~/site/environment.ts";
import { kickerOf } from "./kickers.ts";
import { STATEMENTS_PER_PAGE } from "./pagination.ts";
import { publishedEntries } from "./published.ts";
import { resolveActions, resolveDemands } from "./queries.ts";
import { pathTo } from "./routes.ts";

/** Everything a leaflet says, whether the editor wrote leaflet text or it comes from the entry. */
export interface Leaflet {
  lang: string;
  kind: "statements" | "actions";
  slug: string;
  kicker: string;
  headline: string;
  summary: string;
  pointsTitle: string;
  points: string[];
  nextTitle: string;
  next: string[];
  callToAction: string | undefined;
  /** The web page the leaflet is made from. */
  sourcePath: string;
  /** The editor's file, named when the leaflet does not fit its paper. */
  file: string;
  /** For statements: when it was published, so lists can show the newest. */
  published?: Date;
  /** Whether this build prints it to PDF (see hasLeafletPdf); if not, readers print its sheet. */
  pdf: boolean;
}

async function statementLeaflet(entry: CollectionEntry<"statements">, pdfs: Set<string>): Promise<Leaflet> {
  const { lang, slug } = splitEntryId(entry.id);
  const t = useTranslations(lang);
  const { title, summary, published, leaflet } = entry.data;
  const demands = await resolveDemands(lang, entry.data.demands);
  const actions = await resolveActions(lang, entry.data.actions);
  return {
    lang,
    kind: "statements",
    slug,
    published,
    kicker: kickerOf(entry),
    headline: leaflet?.headline ?? title,
    summary,
    pointsTitle: t("demands.title"),
    points: leaflet?.points ?? demands.map((demand) => demand.data.title),
    nextTitle: t("statements.actions"),
    next: actions.map((action) => action.data.title),
    callToAction: leaflet?.callToAction,
    sourcePath: pathTo(lang, "statements", slug),
    file: entry.filePath ?? entry.id,
    pdf: pdfs.has(leafletKey({ lang, kind: "statements", slug })),
  };
}

async function actionLeaflet(entry: CollectionEntry<"actions">, pdfs: Set<string>): Promise<Leaflet> {
  const { lang, slug } = splitEntryId(entry.id);
  const t = useTranslations(lang);
  const { title, summary, steps, leaflet } = entry.data;
  const demands = await resolveDemands(lang, entry.data.demands);
  return {
    lang,
    kind: "actions",
    slug,
    kicker: kickerOf(entry),
    headline: leaflet?.headline ?? title,
    summary,
    pointsTitle: t("actions.steps"),
    points: leaflet?.points ?? steps,
    nextTitle: t("actions.demands"),
    next: demands.map((demand) => demand.data.title),
    callToAction: leaflet?.callToAction,
    sourcePath: pathTo(lang, "actions", slug),
    file: entry.filePath ?? entry.id,
    pdf: pdfs.has(leafletKey({ lang, kind: "actions", slug })),
  };
}

let leaflets: Promise<Leaflet[]> | undefined;

/**
 * Every published statement and action, as a leaflet in its own language. Made once per build:
 * each leaflets page asked for all of them in every language, 4 to 8 s a page at 5,000 statements.
 */
export function allLeaflets(): Promise<Leaflet[]> {
  // The dev server may change content between requests, so it makes them on every call.
  if (!leaflets || import.meta.env.DEV) leaflets = makeLeaflets();
  return leaflets;
}

async function makeLeaflets(): Promise<Leaflet[]> {
  const pdfs = await leafletPdfKeys();
  const statements = await Promise.all(
    (await publishedEntries("statements")).map((entry) => statementLeaflet(entry, pdfs)),
  );
  const actions = await Promise.all(
    (await publishedEntries("actions")).map((entry) => actionLeaflet(entry, pdfs)),
  );
  return [...statements, ...actions];
}

/**
 * What the leaflets page lists in a language: its newest statements (as many
 * as a page of the statement list) and every action. Older statements'
 * leaflets are linked from their own pages (LeafletLinks), so the page stays
 * short however long the archive grows.
 */
export async function leafletsListedIn(
  lang: string,
): Promise<{ leaflets: Leaflet[]; olderStatements: boolean }> {
  const own = (await allLeaflets()).filter((leaflet) => leaflet.lang === lang);
  const statements = own
    .filter((leaflet) => leaflet.kind === "statements")
    .sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0));
  return {
    leaflets: [
      ...statements.slice(0, STATEMENTS_PER_PAGE),
      ...own.filter((leaflet) => leaflet.kind === "actions"),
    ],
    olderStatements: statements.length > STATEMENTS_PER_PAGE,
  };
}

/**
 * Whether this build prints PDFs (scripts/build.ts). A host with no Chromium
 * builds with CAMPAIGN_LEAFLETS=off, and readers print the leaflet pages.
 */
export const leafletPdfsPublished = leafletPdfsWanted();

let pdfKeys: Promise<Set<string>> | undefined;

/** The leaflets this build prints to PDF, chosen once per build by lib/leaflet-pdf-selection.ts. */
async function chooseLeafletPdfs(): Promise<Set<string>> {
  if (!leafletPdfsPublished) return new Set();
  const statements = (await publishedEntries("statements")).map((entry) => ({
    ...splitEntryId(entry.id),
    kind: "statements" as const,
    published: entry.data.published,
  }));
  const actions = (await publishedEntries("actions")).map((entry) => ({
    ...splitEntryId(entry.id),
    kind: "actions" as const,
    active: entry.data.status === "active",
    priority: entry.data.priority,
  }));
  return leafletsWithPdfs([...statements, ...actions]);
}

/**
 * Whether a leaflet has PDFs in this build. The leaflet sheet says so to the
 * printer (data-pdf on the sheet's <html>), so the pages that link to PDFs and
 * the printer that makes them follow the one rule.
 */
export async function hasLeafletPdf(leaflet: Pick<Leaflet, "lang" | "kind" | "slug">): Promise<boolean> {
  return (await leafletPdfKeys()).has(leafletKey(leaflet));
}

/** The keys (leafletKey) of the leaflets with PDFs: chosen once per build. */
function leafletPdfKeys(): Promise<Set<string>> {
  // The dev server may change content between requests, so it chooses on every call.
  if (!pdfKeys || import.meta.env.DEV) pdfKeys = chooseLeafletPdfs();
  return pdfKeys;
}

/** The printable page a leaflet is made from: /<lang>/leaflets/<kind>/<slug>/. */
export const leafletSheetPath = (leaflet: Pick<Leaflet, "lang" | "kind" | "slug">) =>
  pathTo(leaflet.lang, "leaflets", leaflet.kind, leaflet.slug);

/** The address of a leaflet's PDF (print-shop copies with `bleed`). */
export function leafletPdfPath(
  { lang, slug }: Pick<Leaflet, "lang" | "slug">,
  size: LeafletSize,
  bleed = false,
): string {
  return `${import.meta.env.BASE_URL}${leafletPdfFile({ lang, slug, size, bleed })}`;
}
