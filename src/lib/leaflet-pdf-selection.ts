/**
 * Which leaflets the build prints to PDF. Every statement and action keeps its
 * printable sheet (a page any browser prints); ready-made PDFs are only for
 * the leaflets people hand out now: the current actions and the newest
 * statements in each language.
 *
 * Why a fixed number rather than every leaflet: each leaflet is seven PDFs
 * (four papers, three print-shop copies). Measured at 1,000 statements, all of
 * them were 7,168 of the site's 11,697 files and most of its 284 MB, and took
 * six minutes to print; hosts refuse sites over 20,000 files (Cloudflare Pages)
 * or 1 GB (GitHub Pages). With these limits the PDFs stay at most
 * 7 × 2 × 20 = 280 files per language, whatever the archive's size.
 */

/** The newest statements per language that get PDFs: one page of the statement list. */
export const PDF_STATEMENTS_PER_LANGUAGE = 20;
/** Current actions per language that get PDFs, by priority. A campaign rarely runs more at once. */
export const PDF_ACTIONS_PER_LANGUAGE = 20;

/** What the rule needs to know about a leaflet. */
export interface PdfCandidate {
  lang: string;
  kind: "statements" | "actions";
  slug: string;
  /** Statements: when published. */
  published?: Date | undefined;
  /** Actions: whether people can still take part (status "active"). */
  active?: boolean | undefined;
  /** Actions: 1 is shown first. */
  priority?: number | undefined;
}

export interface PdfLimits {
  statements: number;
  actions: number;
}

const DEFAULT_LIMITS: PdfLimits = {
  statements: PDF_STATEMENTS_PER_LANGUAGE,
  actions: PDF_ACTIONS_PER_LANGUAGE,
};

/** One name per leaflet, the same in every caller: "ar/statements/x". */
export const leafletKey = ({ lang, kind, slug }: Pick<PdfCandidate, "lang" | "kind" | "slug">) =>
  `${lang}/${kind}/${slug}`;

const newestFirst = (a: PdfCandidate, b: PdfCandidate) =>
  (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0) || a.slug.localeCompare(b.slug);

const byPriority = (a: PdfCandidate, b: PdfCandidate) =>
  (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER) ||
  a.slug.localeCompare(b.slug);

/**
 * The keys (leafletKey) of the leaflets that get PDFs: in each language, the
 * `limits.statements` newest statements (ties by slug, so every build picks
 * the same) and the `limits.actions` active actions first by priority. Won
 * and closed actions get none: nobody should hand them out as current.
 */
export function leafletsWithPdfs(
  leaflets: readonly PdfCandidate[],
  limits: PdfLimits = DEFAULT_LIMITS,
): Set<string> {
  const chosen = new Set<string>();
  for (const lang of new Set(leaflets.map((leaflet) => leaflet.lang))) {
    const own = leaflets.filter((leaflet) => leaflet.lang === lang);
    const statements = own.filter((leaflet) => leaflet.kind === "statements").sort(newestFirst);
    const actions = own.filter((leaflet) => leaflet.kind === "actions" && leaflet.active).sort(byPriority);
    for (const leaflet of [...statements.slice(0, limits.statements), ...actions.slice(0, limits.actions)])
      chosen.add(leafletKey(leaflet));
  }
  return chosen;
}

/**
 * The keys (leafletKey) of the newest `perLanguage` statements in each language, by the same
 * order as the PDFs: the statements that are current. data/share-cards.ts gives these, and only
 * these, a share image of their own.
 */
export function newestStatements(
  statements: readonly PdfCandidate[],
  perLanguage: number = PDF_STATEMENTS_PER_LANGUAGE,
): Set<string> {
  return leafletsWithPdfs(
    statements.filter((statement) => statement.kind === "statements"),
    { statements: perLanguage, actions: 0 },
  );
}
