/**
 * The grading rules of MDN's HTTP Observatory, as a pure function of what a page is served with.
 *
 * Followed: the npm package @mdn/mdn-http-observatory 1.4.8, algorithm version 4
 * (src/constants.js: ALGORITHM_VERSION = 4). The scanner itself cannot run here: it fetches the
 * live site, and installing it downloads certificates. So this file grades the headers and HTML
 * the site *would* be served with, and everything only a live host can show (redirects, the
 * certificate, cookies) is an explicit assumption, listed by describeAssumptions().
 *
 * Each rule names the file of the Observatory source (src/...) it follows. Where the source has
 * a quirk, it is kept, because the point is to get the grade the Observatory would give.
 * Reports, descriptions and recommendations are left out: only what decides the grade is here.
 */

export const ALGORITHM_VERSION = 4;

/**
 * Every result a test can have, and what it adds to or takes from the score
 * (src/grader/charts.js SCORE_TABLE; names from src/types.js Expectation).
 */
export const SCORE_MODIFIERS = {
  // Content Security Policy
  "csp-implemented-with-no-unsafe-default-src-none": 10,
  "csp-implemented-with-no-unsafe": 5,
  "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
  "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
  "csp-implemented-with-unsafe-eval": -10,
  "csp-implemented-with-unsafe-inline": -20,
  "csp-implemented-with-insecure-scheme": -20,
  "csp-header-invalid": -25,
  "csp-not-implemented": -25,
  "csp-not-implemented-but-reporting-enabled": -25,
  "csp-implemented-but-duplicate-directives": 0,
  // Cookies
  "cookies-secure-with-httponly-sessions-and-samesite": 5,
  "cookies-secure-with-httponly-sessions": 0,
  "cookies-not-found": 0,
  "cookies-without-secure-flag-but-protected-by-hsts": -5,
  "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
  "cookies-without-secure-flag": -20,
  "cookies-samesite-flag-invalid": -20,
  "cookies-anticsrf-without-samesite-flag": -20,
  "cookies-session-without-httponly-flag": -30,
  "cookies-session-without-secure-flag": -40,
  // Cross-origin resource sharing
  "cross-origin-resource-sharing-not-implemented": 0,
  "cross-origin-resource-sharing-implemented-with-public-access": 0,
  "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
  "cross-origin-resource-sharing-implemented-with-universal-access": -50,
  // Redirection
  "redirection-all-redirects-preloaded": 0,
  "redirection-to-https": 0,
  "redirection-not-needed-no-http": 0,
  "redirection-off-host-from-http": -5,
  "redirection-not-to-https-on-initial-redirection": -10,
  "redirection-not-to-https": -20,
  "redirection-missing": -20,
  "redirection-invalid-cert": -20,
  // Referrer-Policy
  "referrer-policy-private": 5,
  "referrer-policy-not-implemented": 0,
  "referrer-policy-unsafe": -5,
  "referrer-policy-header-invalid": -5,
  // Strict-Transport-Security
  "hsts-preloaded": 5,
  "hsts-implemented-max-age-at-least-six-months": 0,
  "hsts-implemented-max-age-less-than-six-months": -10,
  "hsts-not-implemented": -20,
  "hsts-header-invalid": -20,
  "hsts-not-implemented-no-https": -20,
  "hsts-invalid-cert": -20,
  // Subresource integrity
  "sri-implemented-and-all-scripts-loaded-securely": 5,
  "sri-implemented-and-external-scripts-loaded-securely": 5,
  "sri-not-implemented-response-not-html": 0,
  "sri-not-implemented-but-no-scripts-loaded": 0,
  "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
  "sri-not-implemented-but-external-scripts-loaded-securely": -5,
  "sri-implemented-but-external-scripts-not-loaded-securely": -20,
  "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
  // X-Content-Type-Options
  "x-content-type-options-nosniff": 0,
  "x-content-type-options-not-implemented": -5,
  "x-content-type-options-header-invalid": -5,
  // X-Frame-Options
  "x-frame-options-implemented-via-csp": 5,
  "x-frame-options-sameorigin-or-deny": 0,
  "x-frame-options-allow-from-origin": 0,
  "x-frame-options-not-implemented": -20,
  "x-frame-options-header-invalid": -20,
  // Cross-Origin-Resource-Policy
  "corp-header-invalid": -5,
  "corp-implemented-with-cross-origin": 0,
  "corp-implemented-with-same-origin": 10,
  "corp-implemented-with-same-site": 10,
  "corp-not-implemented": 0,
  // Generic
  "html-not-parseable": -20,
} as const satisfies Record<string, number>;

export type Expectation = keyof typeof SCORE_MODIFIERS;

/** Letter grades by score, in steps of 5 (src/grader/charts.js GRADE_CHART). */
const GRADE_CHART = new Map<number, string>([
  [100, "A+"],
  [95, "A"],
  [90, "A"],
  [85, "A-"],
  [80, "B+"],
  [75, "B"],
  [70, "B"],
  [65, "B-"],
  [60, "C+"],
  [55, "C"],
  [50, "C"],
  [45, "C-"],
  [40, "D+"],
  [35, "D"],
  [30, "D"],
  [25, "D-"],
  [20, "F"],
  [15, "F"],
  [10, "F"],
  [5, "F"],
  [0, "F"],
]);

/** Bonuses count only if the score without them is at least an A (src/grader/charts.js). */
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

/** The Origin the scanner sends with its CORS preflight (src/config.js retriever.corsOrigin). */
const OBSERVATORY_CORS_ORIGIN = "https://http-observatory.security.mozilla.org";

/** Response headers by name. Set-Cookie may repeat, so a value may be a list (as axios gives it). */
export type ResponseHeaders = ReadonlyMap<string, string | readonly string[]>;

/** What only the live host can show, assumed rather than measured. */
export interface HostAssumptions {
  /** The page's address. The scanner fetches https://<host>/ and grades that response. */
  readonly url: string;
  /** Headers the host adds by itself (the scanner reads <meta> CSP and scripts only from HTML). */
  readonly hostHeaders: ReadonlyMap<string, string>;
  /**
   * Every address the scanner passes through when it asks for http://<host>/, that first one
   * included, or null if plain HTTP does not answer at all.
   */
  readonly httpRedirects: readonly string[] | null;
  /** The certificate chain verifies (without it HSTS and redirection each cost 20). */
  readonly validCertificate: boolean;
  /** Hostnames on the browsers' HSTS preload list (the scanner's conf/hsts-preload.json). */
  readonly hstsPreloaded: readonly string[];
}

/**
 * A static host such as Netlify or Cloudflare Pages, as set up in the README: HTML served as
 * text/html, http:// answered with one redirect to https:// on the same host, a valid certificate,
 * no cookies (only what public/_headers sets), the same headers on every response (also on the
 * HTTPS response HSTS is read from and on the CORS preflight), and a host not on the HSTS
 * preload list (preloading would only add points).
 */
export function staticHostAssumptions(siteUrl: string): HostAssumptions {
  const https = new URL("/", siteUrl);
  https.protocol = "https:";
  const http = new URL(https);
  http.protocol = "http:";
  return {
    url: https.href,
    hostHeaders: new Map([["content-type", "text/html; charset=utf-8"]]),
    httpRedirects: [http.href, https.href],
    validCertificate: true,
    hstsPreloaded: [],
  };
}

/** The assumptions in words, for printing next to a grade. */
export function describeAssumptions(host: HostAssumptions): string[] {
  const redirect = host.httpRedirects ? host.httpRedirects.join(" → ") : "plain HTTP does not answer";
  return [
    `page fetched at ${host.url}, the same headers on every response (page, HTTPS, CORS preflight)`,
    `headers added by the host: ${[...host.hostHeaders].map(([name, value]) => `${name}: ${value}`).join(", ") || "none"}`,
    `HTTP redirects: ${redirect}`,
    `certificate: ${host.validCertificate ? "valid" : "invalid"}`,
    `cookies: only Set-Cookie lines in the headers (a static host sets none)`,
    `HSTS preload list: ${host.hstsPreloaded.length ? host.hstsPreloaded.join(", ") : "host not on it"}`,
  ];
}

export interface TestResult {
  /** The test's name in the Observatory (the static `name` of each src/analyzer/tests/*.js output). */
  readonly name: string;
  readonly result: Expectation;
  readonly scoreModifier: number;
  readonly pass: boolean;
}

export interface Grade {
  readonly algorithmVersion: number;
  readonly tests: readonly TestResult[];
  /** Final score: with bonuses if the score without them is at least 90, else without. */
  readonly score: number;
  /** 100 plus the penalties only ("uncurved" in src/scanner/index.js). */
  readonly scoreWithoutBonuses: number;
  readonly grade: string;
  readonly testsPassed: number;
  readonly testsFailed: number;
  /** What the Observatory reports about the CSP without scoring it; null without a valid CSP. */
  readonly cspPolicy: CspPolicy | null;
}

/** What the scanner has in hand after fetching a page (src/retriever/retriever.js, src/types.js). */
interface Retrieved {
  /** The page's address, as the session's URL. */
  readonly url: URL;
  /** Headers of the page ("auto") response; also those of the HTTPS and CORS responses. */
  readonly headers: ResponseHeaders;
  readonly html: string;
  /** CSP from <meta http-equiv> and Referrer-Policy from <meta name="referrer">. */
  readonly httpEquiv: ReadonlyMap<string, readonly string[]>;
  readonly httpRedirects: readonly URL[] | null;
  readonly verified: boolean;
  readonly hstsPreloaded: readonly string[];
}

/**
 * Grades one page: its response headers (e.g. the `/*` rule of public/_headers) and its HTML,
 * on a host as assumed. Scoring as in src/scanner/index.js.
 */
export function gradePage(page: { headers: ResponseHeaders; html: string }, host: HostAssumptions): Grade {
  const headers = new Map<string, string | readonly string[]>(host.hostHeaders);
  for (const [name, value] of page.headers) headers.set(name.toLowerCase(), value);
  const url = new URL(host.url);
  // src/retriever/retriever.js reads <meta> only if the response is HTML (by its Content-Type).
  const isHtml = HTML_TYPES.has((firstHeader(headers, "content-type") ?? "").split(";")[0] ?? "");
  const retrieved: Retrieved = {
    url,
    headers,
    html: page.html,
    httpEquiv: isHtml ? parseHttpEquiv(page.html) : new Map(),
    httpRedirects: host.httpRedirects?.map((address) => new URL(address)) ?? null,
    verified: host.validCertificate,
    hstsPreloaded: host.hstsPreloaded,
  };

  // The ten tests, in the order of src/constants.js ALL_TESTS.
  const csp = contentSecurityPolicyTest(retrieved);
  const tests: TestResult[] = [
    csp,
    cookiesTest(retrieved),
    crossOriginResourceSharingTest(retrieved),
    redirectionTest(retrieved),
    referrerPolicyTest(retrieved),
    strictTransportSecurityTest(retrieved),
    subresourceIntegrityTest(retrieved),
    xContentTypeOptionsTest(retrieved),
    xFrameOptionsTest(retrieved),
    crossOriginResourcePolicyTest(retrieved),
  ].map(({ name, result, pass }) => ({ name, result, pass, scoreModifier: SCORE_MODIFIERS[result] }));

  // src/scanner/index.js: start at 100 and add every modifier; the "uncurved" score adds only the
  // penalties. Bonuses count only if the uncurved score is at least 90.
  let scoreWithExtraCredit = 100;
  let uncurvedScore = 100;
  for (const test of tests) {
    scoreWithExtraCredit += test.scoreModifier;
    if (test.scoreModifier < 0) uncurvedScore += test.scoreModifier;
  }
  const score = uncurvedScore >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? scoreWithExtraCredit : uncurvedScore;
  const testsPassed = tests.filter((test) => test.pass).length;
  return {
    algorithmVersion: ALGORITHM_VERSION,
    tests,
    ...gradeForScore(score),
    scoreWithoutBonuses: uncurvedScore,
    testsPassed,
    testsFailed: tests.length - testsPassed,
    cspPolicy: csp.policy,
  };
}

/**
 * src/grader/grader.js getGradeForScore: never below 0; above 100 grades as 100; otherwise
 * rounded down to a multiple of 5.
 */
export function gradeForScore(raw: number): { score: number; grade: string } {
  const score = Math.max(raw, 0);
  const grade = GRADE_CHART.get(Math.min(score - (score % 5), 100));
  if (!grade) throw new Error(`Score of ${score} did not map to a grade`);
  return { score, grade };
}

// ---------------------------------------------------------------------------------------------
// Reading headers and HTML

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]); // src/types.js

/** All values of a header, any case (src/analyzer/utils.js getHttpHeaders). */
function headerValues(headers: ResponseHeaders, name: string): string[] {
  return [...headers]
    .filter(([headerName]) => headerName.toLowerCase() === name)
    .flatMap(([, value]) => (typeof value === "string" ? [value] : [...value]));
}

/** src/analyzer/utils.js getFirstHttpHeader */
function firstHeader(headers: ResponseHeaders, name: string): string | null {
  return headerValues(headers, name)[0] ?? null;
}

/**
 * The attributes of every start tag with this name. The scanner uses jsdom; this is a small
 * tokenizer that is enough for HTML that Astro writes: it skips comments and the text inside
 * <script>, <style>, <textarea> and <title>, honours quoted attribute values, keeps the first of
 * repeated attributes and decodes character references.
 */
function startTags(html: string, tagName: string): Map<string, string>[] {
  const attributes = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(
      new RegExp(
        String.raw`(<(script|style|textarea|title)(?=[\s/>])${attributes}>)[\s\S]*?(</\2\s*>)`,
        "gi",
      ),
      "$1$4",
    );
  const tags: Map<string, string>[] = [];
  for (const tag of markup.matchAll(new RegExp(`<${tagName}(?=[\\s/>])${attributes}>`, "gi"))) {
    const attrs = new Map<string, string>();
    for (const [, name = "", dq, sq, bare] of (tag[1] ?? "").matchAll(
      /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      const key = name.toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(dq ?? sq ?? bare ?? ""));
    }
    tags.push(attrs);
  }
  return tags;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/**
 * src/retriever/utils.js parseHttpEquivHeaders: every <meta http-equiv="content-security-policy">
 * in the page, and the last <meta name="referrer">, which the scanner treats as a
 * Referrer-Policy header.
 */
function parseHttpEquiv(html: string): Map<string, string[]> {
  const equiv = new Map<string, string[]>([["content-security-policy", []]]);
  for (const meta of startTags(html, "meta")) {
    const httpEquiv = meta.get("http-equiv");
    const content = meta.get("content");
    if (httpEquiv !== undefined && content !== undefined) {
      if (content && httpEquiv.toLowerCase().trim() === "content-security-policy") {
        equiv.get("content-security-policy")?.push(content);
      }
    } else if (meta.get("name")?.toLowerCase().trim() === "referrer" && content) {
      equiv.set("referrer-policy", [content]);
    }
  }
  return equiv;
}

// ---------------------------------------------------------------------------------------------
// Content Security Policy: src/analyzer/cspParser.js and src/analyzer/tests/csp.js

const SHORTEST_DIRECTIVE_LENGTH = "img-src".length - 1;
const DIRECTIVES_DISALLOWED_IN_META = ["frame-ancestors", "report-uri", "sandbox"];
const ALLOWED_DUPLICATE_KEYS = new Set(["report-uri", "report-to"]);
const DUPLICATE_WARNINGS_KEY = "_observatory_duplicate_key_warnings";
const compareString = new Intl.Collator("en").compare;

/**
 * src/analyzer/cspParser.js parseCsp: the policies (headers first, then <meta> tags) folded into
 * one map of directive → sources, or an error for a policy shorter than "img-src", or a directive
 * repeated within one policy (except report-uri and report-to).
 *
 * How several policies combine, as the source does it: a directive's sources from the first
 * policy are kept; a later policy keeps only sources that also appear (path-wise) in the one
 * before; a directive that appears only in a later policy ends up as 'none', and so does a
 * directive whose sources have nothing in common. (Browsers enforce every policy, so the effective
 * policy is at least as strict as each one; the Observatory's merge approximates that.)
 */
export function parseCsp(cspList: readonly string[]): Map<string, Set<string>> {
  const cleanCspList = cspList.map((cspString) => cspString.replaceAll(/[\r\n]/g, "").trim());
  if (cleanCspList.length === 0) return new Map();
  for (const cspString of cleanCspList) {
    if (!cspString || cspString.length < SHORTEST_DIRECTIVE_LENGTH) {
      throw new Error(`Invalid policy: ${cspString}`);
    }
  }

  type Source = { source: string; index: number; keep: boolean };
  const csp = new Map<string, Source[]>();
  const duplicateWarnings = new Set<string>();

  for (const [policyIndex, policy] of cleanCspList.entries()) {
    const directiveSeenBeforeThisPolicy = new Set<string>();
    for (const [directiveEntry, ...valueEntries] of policy
      .split(";")
      .map((entry) => entry.trim().split(/\s+/))) {
      if (!directiveEntry) continue;
      const directive = directiveEntry.toLowerCase(); // directives are case-insensitive in CSP3
      if (directiveSeenBeforeThisPolicy.has(directive)) {
        if (ALLOWED_DUPLICATE_KEYS.has(directive)) duplicateWarnings.add(directive);
        else throw new Error(`Duplicate directive ${directive} in policy ${policyIndex}`);
      } else {
        directiveSeenBeforeThisPolicy.add(directive);
      }

      const keep = policyIndex === 0;
      const values: Source[] = valueEntries.map((rawSource) => ({
        source: rawSource.trim().toLocaleLowerCase(),
        index: policyIndex,
        keep,
      }));
      // A source list with no sources means 'none'.
      if (values.length === 0 && directive.endsWith("-src")) {
        values.push({ source: "'none'", index: policyIndex, keep });
      }
      const combinedSources = policyIndex === 0 ? [...values] : [...(csp.get(directive) ?? []), ...values];
      combinedSources.sort((a, b) => compareString(a.source, b.source));
      for (let index = 1; index < combinedSources.length; index++) {
        const source = combinedSources[index];
        const prev = combinedSources[index - 1];
        if (!source || !prev) continue;
        // Within one policy, a longer source that starts like a shorter one adds nothing.
        if (source.index === prev.index && source.source.startsWith(prev.source)) source.keep = false;
        // Across policies, a source has to be in both to count.
        if (source.index !== prev.index && pathPartMatch(prev.source, source.source)) source.keep = true;
      }
      csp.set(
        directive,
        combinedSources.filter((source) => source.keep),
      );
      // With more policies to come, the first policy's sources must be matched again to be kept.
      if (policyIndex === 0 && cspList.length > 1) {
        for (const source of csp.get(directive) ?? []) source.keep = false;
      }
    }
  }

  // A directive left without sources is 'none'.
  const finalCsp = new Map(
    [...csp].map(([directive, sources]): [string, Set<string>] => [
      directive,
      sources.length ? new Set(sources.map((source) => source.source)) : new Set(["'none'"]),
    ]),
  );
  if (duplicateWarnings.size) finalCsp.set(DUPLICATE_WARNINGS_KEY, duplicateWarnings);
  return finalCsp;
}

/** src/analyzer/cspParser.js parseCspMeta: frame-ancestors, report-uri and sandbox do not work in <meta>. */
function parseCspMeta(cspList: readonly string[]): Map<string, Set<string>> {
  const parsed = parseCsp(cspList);
  for (const directive of DIRECTIVES_DISALLOWED_IN_META) parsed.delete(directive);
  return parsed;
}

/** src/analyzer/cspParser.js pathPartMatch */
function pathPartMatch(pathA: string, pathB: string): boolean {
  if (pathA.length === 0) return true;
  if (pathA === "/" && pathB.length === 0) return true;
  const exactMatch = !pathA.endsWith("/");
  const pathListA = pathA.split("/");
  const pathListB = pathB.split("/");
  if (pathListA.length > pathListB.length) return false;
  if (exactMatch && pathListA.length !== pathListB.length) return false;
  if (!exactMatch) pathListA.pop();
  return pathListA.every((piece, i) => decodeURIComponent(piece) === decodeURIComponent(pathListB[i] ?? ""));
}

const DANGEROUSLY_BROAD = new Set([
  "ftp:",
  "http:",
  "https:",
  "*",
  "http://*",
  "http://*.*",
  "https://*",
  "https://*.*",
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", "data:"]);
const DANGEROUSLY_BROAD_AND_UNSAFE_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const PASSIVE_DIRECTIVES = new Set(["img-src", "media-src"]);
const NONCES_HASHES = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];

function startsWithNoncesHash(sources: Iterable<string>): boolean {
  return [...sources].some((source) => NONCES_HASHES.some((prefix) => source.startsWith(prefix)));
}

/**
 * Checks the Observatory reports next to the CSP result (src/analyzer/tests/csp.js
 * output.policy) without scoring them.
 */
export interface CspPolicy {
  /** frame-ancestors is set in a header, to something narrower than *, http:, https: and the like. */
  readonly antiClickjacking: boolean;
  /** base-uri is missing, broad, 'unsafe-inline' or data:. */
  readonly insecureBaseUri: boolean;
  /** form-action is missing or broad: forms could post anywhere. */
  readonly insecureFormAction: boolean;
  /** object-src (or default-src) is missing or broad. */
  readonly unsafeObjects: boolean;
}

interface CspResult {
  name: string;
  result: Expectation;
  pass: boolean;
  /** The merged policy, set only when a policy was graded (src/analyzer/tests/csp.js output.data). */
  data: Map<string, Set<string>> | null;
  policy: CspPolicy | null;
}

/**
 * src/analyzer/tests/csp.js. Header policies and <meta> policies are merged (parseCsp above);
 * the first problem found decides the result, in this order: 'strict-dynamic' without a hash or
 * nonce, then 'unsafe-inline'/data:/broad sources in script-src (or broad sources in object-src,
 * or either left unrestricted), http:/ftp: sources for active content, 'unsafe-eval', http:/ftp:
 * for images and media, then unsafe or broad sources in style-src. With none of these, the policy
 * earns +10 if default-src is exactly 'none', else +5.
 *
 * form-action: charts.js describes the +10 result as also having form-action 'none' or 'self',
 * but the source only reports form-action (policy.insecureFormAction, see CspPolicy) and does not
 * score it; neither does this.
 */
function contentSecurityPolicyTest(retrieved: Retrieved): CspResult {
  const name = "content-security-policy";
  const expectation: Expectation = "csp-implemented-with-no-unsafe";
  const httpCspHeader = headerValues(retrieved.headers, "content-security-policy");
  const equivCspHeader = retrieved.httpEquiv.get("content-security-policy") ?? [];

  let csp: Map<string, Set<string>>;
  try {
    csp = parseCsp([...httpCspHeader, ...equivCspHeader]);
  } catch {
    return { name, result: "csp-header-invalid", pass: false, data: null, policy: null };
  }
  let httpHeaderOnlyCsp: Map<string, Set<string>>;
  try {
    httpHeaderOnlyCsp = parseCsp(httpCspHeader);
  } catch {
    httpHeaderOnlyCsp = new Map();
  }
  let metaCsp: Map<string, Set<string>>;
  try {
    metaCsp = parseCspMeta(equivCspHeader);
  } catch {
    metaCsp = new Map();
  }

  // No policy at all (a <meta> holding only header-only directives counts as none).
  // Content-Security-Policy-Report-Only does not protect, so it scores the same.
  if (httpHeaderOnlyCsp.size + metaCsp.size === 0) {
    const reportOnly = firstHeader(retrieved.headers, "content-security-policy-report-only");
    return {
      name,
      result: reportOnly ? "csp-not-implemented-but-reporting-enabled" : "csp-not-implemented",
      pass: false,
      data: null,
      policy: null,
    };
  }

  let result: Expectation | null = null;
  // Missing directives fall back to default-src, else allow everything. These are the very Set
  // objects of `csp`, as in the source, so removing 'unsafe-inline' below changes the policy too.
  const objectSrc = csp.get("object-src") ?? csp.get("default-src") ?? new Set(["*"]);
  const scriptSrc = csp.get("script-src") ?? csp.get("default-src") ?? new Set(["*"]);
  const styleSrc = csp.get("style-src") ?? csp.get("default-src") ?? new Set(["*"]);

  // 'unsafe-inline' is ignored by browsers next to a hash or nonce.
  for (const sourceList of [scriptSrc, styleSrc]) {
    if (startsWithNoncesHash(sourceList) && sourceList.has("'unsafe-inline'"))
      sourceList.delete("'unsafe-inline'");
  }

  // 'strict-dynamic' with a hash or nonce makes browsers ignore schemes, 'self' and
  // 'unsafe-inline'; without one, the policy is invalid.
  if (startsWithNoncesHash(scriptSrc) && scriptSrc.has("'strict-dynamic'")) {
    for (const source of scriptSrc) {
      if (
        [...DANGEROUSLY_BROAD].some((broad) => source.startsWith(broad)) ||
        source === "'self'" ||
        source === "'unsafe-inline'"
      ) {
        scriptSrc.delete(source);
      }
    }
  } else if (scriptSrc.has("'strict-dynamic'")) {
    result ??= "csp-header-invalid";
  }

  const activeSources = [...csp]
    .filter(([directive]) => !PASSIVE_DIRECTIVES.has(directive) && directive !== "script-src")
    .flatMap(([, sources]) => [...sources]);
  activeSources.push(...scriptSrc);
  const passiveSources = [...PASSIVE_DIRECTIVES].flatMap((directive) => [
    ...(csp.get(directive) ?? csp.get("default-src") ?? new Set<string>()),
  ]);
  const https = retrieved.url.protocol === "https:";
  const insecure = (source: string) => source.startsWith("http:") || source.startsWith("ftp:");

  if (
    [...scriptSrc].some((source) => DANGEROUSLY_BROAD_AND_UNSAFE_INLINE.has(source)) ||
    [...objectSrc].some((source) => DANGEROUSLY_BROAD.has(source))
  ) {
    result ??= "csp-implemented-with-unsafe-inline";
  }
  if (https && activeSources.some(insecure)) result ??= "csp-implemented-with-insecure-scheme";
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"))
    result ??= "csp-implemented-with-unsafe-eval";
  if (https && passiveSources.some(insecure)) {
    result ??= "csp-implemented-with-insecure-scheme-in-passive-content-only";
  }
  if ([...styleSrc].some((source) => DANGEROUSLY_BROAD_AND_UNSAFE_INLINE.has(source))) {
    result ??= "csp-implemented-with-unsafe-inline-in-style-src-only";
  }
  const defaultSrc = csp.get("default-src");
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1)
    result ??= "csp-implemented-with-no-unsafe-default-src-none";
  else result ??= "csp-implemented-with-no-unsafe";

  let pass = false;
  const passing: Expectation[] = [
    expectation,
    "csp-implemented-with-no-unsafe-default-src-none",
    "csp-implemented-with-unsafe-inline-in-style-src-only",
    "csp-implemented-with-insecure-scheme-in-passive-content-only",
  ];
  if (passing.includes(result)) {
    pass = true;
    // Repeated report-uri/report-to: still a pass, reported (and scored, 0) as this instead.
    if (csp.has(DUPLICATE_WARNINGS_KEY)) result = "csp-implemented-but-duplicate-directives";
  }
  // Reported, not scored. frame-ancestors counts only from headers: browsers ignore it in <meta>.
  const frameAncestors = httpHeaderOnlyCsp.get("frame-ancestors") ?? new Set(["*"]);
  const baseUri = csp.get("base-uri") ?? new Set(["*"]);
  const formAction = csp.get("form-action") ?? new Set(["*"]);
  const policy: CspPolicy = {
    antiClickjacking: ![...frameAncestors].some((source) => DANGEROUSLY_BROAD.has(source)),
    insecureBaseUri: [...baseUri].some((source) => DANGEROUSLY_BROAD_AND_UNSAFE_INLINE.has(source)),
    insecureFormAction: [...formAction].some((source) => DANGEROUSLY_BROAD.has(source)),
    unsafeObjects: [...objectSrc].some((source) => DANGEROUSLY_BROAD.has(source)),
  };
  csp.delete(DUPLICATE_WARNINGS_KEY);
  return { name, result, pass, data: csp, policy };
}

// ---------------------------------------------------------------------------------------------
// Cookies: src/analyzer/tests/cookies.js

interface Cookie {
  key: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: "strict" | "lax" | "none" | undefined;
}

/**
 * A Set-Cookie header as tough-cookie parses it (non-loose), reduced to what the test reads:
 * the name, Secure, HttpOnly and SameSite (an unknown SameSite value counts as absent). Not
 * modelled: the cookie jar's rejections (wrong Domain, expired, __Secure-/__Host- prefixes).
 */
function parseSetCookie(header: string): Cookie | undefined {
  const [pair = "", ...attributes] = header.trim().split(";");
  const eq = pair.indexOf("=");
  if (eq <= 0) return undefined; // tough-cookie needs a non-empty name
  const cookie: Cookie = {
    key: pair.slice(0, eq).trim(),
    secure: false,
    httpOnly: false,
    sameSite: undefined,
  };
  for (const attribute of attributes) {
    const [rawKey = "", ...rawValue] = attribute.trim().split("=");
    const key = rawKey.trim().toLowerCase();
    const value = rawValue.join("=").trim().toLowerCase();
    if (key === "secure") cookie.secure = true;
    else if (key === "httponly") cookie.httpOnly = true;
    else if (key === "samesite") {
      cookie.sameSite = value === "strict" || value === "lax" || value === "none" ? value : undefined;
    }
  }
  return cookie;
}

/** src/analyzer/tests/cookies.js containsInvalidSameSiteCookie: SameSite without Lax, Strict or None. */
function containsInvalidSameSiteCookie(cookieString: string): boolean {
  for (const part of cookieString.trim().split(";")) {
    const [key = "", value] = part.trim().split("=");
    if (key.trim().toLowerCase() === "samesite") {
      if (!value) return true;
      if (!["lax", "strict", "none"].includes(value.trim().toLowerCase())) return true;
    }
  }
  return false;
}

/** src/analyzer/utils.js onlyIfWorse: keep the worse of two results, by the order given. */
function onlyIfWorse(
  newResult: Expectation,
  oldResult: Expectation | null,
  order: Expectation[],
): Expectation {
  if (!oldResult) return newResult;
  return order.indexOf(newResult) > order.indexOf(oldResult) ? newResult : oldResult;
}

/**
 * Every cookie gets the worst finding: no Secure (-5 if HSTS passes, else -20), SameSite=None
 * without Secure, an anti-CSRF cookie (name contains "csrf") without SameSite, a session cookie
 * (name contains "login" or "sess") without Secure or HttpOnly. All fine: +5 if every cookie has
 * SameSite, else 0. No cookies: 0.
 */
function cookiesTest(retrieved: Retrieved) {
  const name = "cookies";
  const expectation: Expectation = "cookies-secure-with-httponly-sessions";
  const goodness: Expectation[] = [
    "cookies-without-secure-flag-but-protected-by-hsts",
    "cookies-without-secure-flag",
    "cookies-session-without-secure-flag-but-protected-by-hsts",
    "cookies-samesite-flag-invalid",
    "cookies-anticsrf-without-samesite-flag",
    "cookies-session-without-httponly-flag",
    "cookies-session-without-secure-flag",
  ];
  const hsts = strictTransportSecurityTest(retrieved).pass;
  let result: Expectation | null = null;

  const rawCookies = headerValues(retrieved.headers, "set-cookie");
  for (const rawCookie of rawCookies) {
    if (containsInvalidSameSiteCookie(rawCookie))
      result = onlyIfWorse("cookies-samesite-flag-invalid", result, goodness);
  }

  // The scanner reads its cookie jar, filled by every response it got (page, redirects,
  // robots.txt); here, by the page's headers. Heroku's affinity cookie is ignored.
  const allCookies = rawCookies
    .map(parseSetCookie)
    .filter((cookie): cookie is Cookie => !!cookie && cookie.key !== "heroku-session-affinity");

  if (!allCookies.length) {
    result = "cookies-not-found";
  } else {
    let hasMissingSameSite = false;
    for (const cookie of allCookies) {
      const sessionId = ["login", "sess"].some((part) => cookie.key.toLowerCase().includes(part));
      const anticsrf = cookie.key.toLowerCase().includes("csrf");
      if (!cookie.secure && cookie.sameSite === "none") {
        result = onlyIfWorse("cookies-samesite-flag-invalid", result, goodness);
      }
      if (!cookie.secure && hsts) {
        result = onlyIfWorse("cookies-without-secure-flag-but-protected-by-hsts", result, goodness);
      } else if (!cookie.secure) {
        result = onlyIfWorse("cookies-without-secure-flag", result, goodness);
      }
      if (anticsrf && !cookie.sameSite)
        result = onlyIfWorse("cookies-anticsrf-without-samesite-flag", result, goodness);
      if (sessionId && !cookie.secure && hsts) {
        result = onlyIfWorse("cookies-session-without-secure-flag-but-protected-by-hsts", result, goodness);
      } else if (sessionId && !cookie.secure) {
        result = onlyIfWorse("cookies-session-without-secure-flag", result, goodness);
      }
      if (sessionId && !cookie.httpOnly)
        result = onlyIfWorse("cookies-session-without-httponly-flag", result, goodness);
      if (!cookie.sameSite) hasMissingSameSite = true;
    }
    result ??= hasMissingSameSite
      ? "cookies-secure-with-httponly-sessions"
      : "cookies-secure-with-httponly-sessions-and-samesite";
  }

  const passing: Expectation[] = [
    "cookies-not-found",
    "cookies-secure-with-httponly-sessions-and-samesite",
    expectation,
  ];
  return { name, result, pass: passing.includes(result) };
}

// ---------------------------------------------------------------------------------------------
// Cross-origin resource sharing: src/analyzer/tests/cors.js

/**
 * Access-Control-Allow-Origin on the answer to the scanner's preflight (assumed to carry the
 * page's headers): "*" is public (0), another origin restricted (0), and echoing the scanner's
 * own Origin with Access-Control-Allow-Credentials: true is universal access (-50).
 * The test reads the Origin from the request the response belongs to; in the unit tests of the
 * source that is the scanner's CORS origin, which is what is used here.
 */
function crossOriginResourceSharingTest(retrieved: Retrieved) {
  const name = "cross-origin-resource-sharing";
  let result: Expectation = "cross-origin-resource-sharing-not-implemented";
  const acaoHeader = firstHeader(retrieved.headers, "access-control-allow-origin");
  const credentialsHeader = firstHeader(retrieved.headers, "access-control-allow-credentials");
  if (acaoHeader) {
    if (acaoHeader.slice(0, 256).trim().toLowerCase() === "*") {
      result = "cross-origin-resource-sharing-implemented-with-public-access";
    } else if (acaoHeader === OBSERVATORY_CORS_ORIGIN && credentialsHeader?.toLowerCase().trim() === "true") {
      result = "cross-origin-resource-sharing-implemented-with-universal-access";
    } else {
      result = "cross-origin-resource-sharing-implemented-with-restricted-access";
    }
  }
  return { name, result, pass: result !== "cross-origin-resource-sharing-implemented-with-universal-access" };
}

// ---------------------------------------------------------------------------------------------
// Redirection: src/analyzer/tests/redirection.js

/**
 * http://<host>/ must first redirect to https:// on the same host (so HSTS can be set there), and
 * end on HTTPS. No HTTP at all is fine too, and so is every hop being on the HSTS preload list.
 */
function redirectionTest(retrieved: Retrieved) {
  const name = "redirection";
  const expectation: Expectation = "redirection-to-https";
  const route = retrieved.httpRedirects;
  const first = route?.[0];
  const second = route?.[1];
  const last = route?.[route.length - 1];
  let result: Expectation;
  if (!route) result = "redirection-not-needed-no-http";
  else if (!retrieved.verified) result = "redirection-invalid-cert";
  else if (route.every((hop) => retrieved.hstsPreloaded.includes(hop.hostname))) {
    result = "redirection-all-redirects-preloaded";
  } else if (route.length === 1 || !first || !second || !last) {
    result = "redirection-missing"; // stayed on the http:// page
  } else if (last.protocol !== "https:") result = "redirection-not-to-https";
  else if (second.protocol === "http:") result = "redirection-not-to-https-on-initial-redirection";
  else if (first.protocol === "http:" && second.protocol === "https:" && first.hostname !== second.hostname) {
    result = "redirection-off-host-from-http";
  } else result = expectation;
  const passing: Expectation[] = [
    "redirection-not-needed-no-http",
    "redirection-all-redirects-preloaded",
    expectation,
  ];
  return { name, result, pass: passing.includes(result) };
}

// ---------------------------------------------------------------------------------------------
// Referrer-Policy: src/analyzer/tests/referrer-policy.js

/**
 * The header and <meta name="referrer"> together, the last recognised value winning:
 * no-referrer, same-origin, strict-origin or strict-origin-when-cross-origin earn +5; the
 * leaky ones or an unrecognised value cost 5; none at all is 0.
 */
function referrerPolicyTest(retrieved: Retrieved) {
  const name = "referrer-policy";
  const goodness = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const badness = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  const valid = [...goodness, ...badness];
  const values = [
    ...headerValues(retrieved.headers, "referrer-policy"),
    ...(retrieved.httpEquiv.get("referrer-policy") ?? []),
  ];
  if (values.length === 0) return { name, result: "referrer-policy-not-implemented" as const, pass: true };
  const policy =
    values
      .join(", ")
      .split(",")
      .filter((entry) => valid.includes(entry.toLowerCase().trim()))
      .reverse()[0]
      ?.toLowerCase()
      .trim() ?? "";
  const result: Expectation = goodness.includes(policy)
    ? "referrer-policy-private"
    : badness.includes(policy)
      ? "referrer-policy-unsafe"
      : "referrer-policy-header-invalid";
  return { name, result, pass: result === "referrer-policy-private" };
}

// ---------------------------------------------------------------------------------------------
// Strict-Transport-Security: src/analyzer/tests/strict-transport-security.js

/** 15768000 is six months; the source accepts 15552000 (180 days), as many sites use it. */
const SIX_MONTHS = 15552000;

/**
 * Read from the HTTPS response (assumed to carry the page's headers). max-age of at least six
 * months is 0, less is -10; missing or unreadable (no max-age, or a comma: set twice) is -20.
 * A preloaded host gets +5 whatever the header says.
 */
function strictTransportSecurityTest(retrieved: Retrieved) {
  const name = "strict-transport-security";
  const expectation: Expectation = "hsts-implemented-max-age-at-least-six-months";
  let result: Expectation = "hsts-not-implemented";
  const header = headerValues(retrieved.headers, "strict-transport-security")[0];
  if (!retrieved.verified) {
    result = "hsts-invalid-cert";
  } else if (header !== undefined) {
    const data = header.slice(0, 1024);
    let maxAge: number | null = null;
    for (const parameter of data.split(";").map((part) => part.trim().toLowerCase())) {
      // parseInt as in the source: a non-numeric max-age gives NaN, which is not "less than six months".
      if (parameter.startsWith("max-age=")) maxAge = parseInt(parameter.slice(8, 128), 10);
    }
    if (data.includes(",") || maxAge === null) result = "hsts-header-invalid";
    else if (maxAge < SIX_MONTHS) result = "hsts-implemented-max-age-less-than-six-months";
    else result = "hsts-implemented-max-age-at-least-six-months";
  }
  if (isHstsPreloaded(retrieved, retrieved.url.hostname)) result = "hsts-preloaded";
  const passing: Expectation[] = [
    "hsts-implemented-max-age-at-least-six-months",
    "hsts-preloaded",
    expectation,
  ];
  return { name, result, pass: passing.includes(result) };
}

/** src/analyzer/hsts.js isHstsPreloaded, against the hostnames assumed to be on the list. */
function isHstsPreloaded(retrieved: Retrieved, hostname: string): boolean {
  return retrieved.hstsPreloaded.includes(hostname);
}

// ---------------------------------------------------------------------------------------------
// Subresource integrity: src/analyzer/tests/subresource-integrity.js

/**
 * Registrable domain, for "is this script from our own site?". The source asks tldts (the
 * Public Suffix List); this takes the last two labels, which is the same for example.org but
 * not for hosts under suffixes such as co.uk.
 */
function registrableDomain(hostname: string): string {
  return hostname.split(".").slice(-2).join(".");
}

/**
 * Only <script src> counts (inline scripts are not loaded from anywhere). Scripts from the same
 * site are fine (+5 if they carry integrity=, else 0); scripts from elsewhere need integrity=
 * (-5 without) and HTTPS (-20 or -50 over HTTP or protocol-relative //).
 */
function subresourceIntegrityTest(retrieved: Retrieved) {
  const name = "subresource-integrity";
  const goodness: Expectation[] = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-implemented-but-external-scripts-not-loaded-securely",
    "sri-not-implemented-but-external-scripts-loaded-securely",
    "sri-not-implemented-and-external-scripts-not-loaded-securely",
    "sri-not-implemented-response-not-html",
  ];
  let result: Expectation | null = null;
  const mime = (firstHeader(retrieved.headers, "content-type") ?? "").split(";")[0] ?? "";
  if (!HTML_TYPES.has(mime)) {
    result = "sri-not-implemented-response-not-html";
  } else {
    let scriptsOnForeignOrigin = false;
    const scripts = startTags(retrieved.html, "script");
    for (const script of scripts) {
      // The source reads jsdom's script.src in a document without a base URL: absolute URLs come
      // back normalised, relative ones (also //host/...) as written.
      const written = script.get("src")?.trim();
      if (!written) continue;
      const src = URL.canParse(written) ? new URL(written).href : written;
      const integrity = script.get("integrity");
      let relativeOrigin = false;
      let relativeProtocol = false;
      let sameSecondLevelDomain = false;
      if (/^(\/\/)[^/]/.test(src)) {
        relativeProtocol = true;
        sameSecondLevelDomain = true;
      } else if (/^https?:\/\//.test(src)) {
        sameSecondLevelDomain =
          registrableDomain(new URL(src).hostname) === registrableDomain(retrieved.url.hostname);
      } else {
        relativeOrigin = true;
        sameSecondLevelDomain = true;
      }
      const secureOrigin = relativeOrigin || (sameSecondLevelDomain && !relativeProtocol);
      if (!secureOrigin) scriptsOnForeignOrigin = true;
      const scheme = !relativeProtocol && !relativeOrigin ? new URL(src).protocol : null;
      const secureScheme = scheme === "https:" || (relativeOrigin && retrieved.url.protocol === "https:");

      if (!secureOrigin) {
        if (integrity && !secureScheme) {
          result = onlyIfWorse("sri-implemented-but-external-scripts-not-loaded-securely", result, goodness);
        } else if (!integrity && secureScheme) {
          result = onlyIfWorse("sri-not-implemented-but-external-scripts-loaded-securely", result, goodness);
        } else if (!integrity && !secureScheme) {
          result = onlyIfWorse(
            "sri-not-implemented-and-external-scripts-not-loaded-securely",
            result,
            goodness,
          );
        }
      } else if (integrity && secureScheme && !result) {
        // A bonus even for integrity= on the site's own scripts.
        result = "sri-implemented-and-all-scripts-loaded-securely";
      }
    }
    if (scripts.length === 0) result = "sri-not-implemented-but-no-scripts-loaded";
    else {
      result ??= scriptsOnForeignOrigin
        ? "sri-implemented-and-external-scripts-loaded-securely"
        : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin";
    }
  }
  const passing: Expectation[] = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-not-implemented-response-not-html",
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
    "sri-not-implemented-but-no-scripts-loaded",
  ];
  return { name, result, pass: passing.includes(result) };
}

// ---------------------------------------------------------------------------------------------
// X-Content-Type-Options: src/analyzer/tests/x-content-type-options.js

/** nosniff is 0; missing or anything else costs 5. */
function xContentTypeOptionsTest(retrieved: Retrieved) {
  const name = "x-content-type-options";
  const header = firstHeader(retrieved.headers, "x-content-type-options");
  const result: Expectation =
    header === null
      ? "x-content-type-options-not-implemented"
      : header.slice(0, 256).trim().toLowerCase() === "nosniff"
        ? "x-content-type-options-nosniff"
        : "x-content-type-options-header-invalid";
  return { name, result, pass: result === "x-content-type-options-nosniff" };
}

// ---------------------------------------------------------------------------------------------
// X-Frame-Options: src/analyzer/tests/x-frame-options.js

/**
 * DENY or SAMEORIGIN is 0 (ALLOW-FROM too); missing or unrecognised costs 20. A CSP with
 * frame-ancestors overrides either and earns +5. The source looks for frame-ancestors in the
 * merged policy, which includes <meta> policies although browsers ignore frame-ancestors there;
 * that quirk is kept (the site sets frame-ancestors in the header anyway).
 */
function xFrameOptionsTest(retrieved: Retrieved) {
  const name = "x-frame-options";
  const header = firstHeader(retrieved.headers, "x-frame-options");
  let result: Expectation;
  if (header === null) result = "x-frame-options-not-implemented";
  else {
    const xfo = header.slice(0, 1024).trim().toLowerCase();
    if (["deny", "sameorigin"].includes(xfo)) result = "x-frame-options-sameorigin-or-deny";
    else if (xfo.startsWith("allow-from")) result = "x-frame-options-allow-from-origin";
    else result = "x-frame-options-header-invalid";
  }
  if (contentSecurityPolicyTest(retrieved).data?.has("frame-ancestors"))
    result = "x-frame-options-implemented-via-csp";
  const passing: Expectation[] = [
    "x-frame-options-allow-from-origin",
    "x-frame-options-sameorigin-or-deny",
    "x-frame-options-implemented-via-csp",
  ];
  return { name, result, pass: passing.includes(result) };
}

// ---------------------------------------------------------------------------------------------
// Cross-Origin-Resource-Policy: src/analyzer/tests/cross-origin-resource-policy.js

/**
 * same-origin or same-site earn +10, cross-origin or none 0, anything else costs 5. (The source
 * also looks for an http-equiv CORP, but its <meta> reader never collects one, so only the
 * header counts.)
 */
function crossOriginResourcePolicyTest(retrieved: Retrieved) {
  const name = "cross-origin-resource-policy";
  let result: Expectation = "corp-not-implemented";
  const header = firstHeader(retrieved.headers, "cross-origin-resource-policy");
  if (header) {
    const corp = header.slice(0, 256).trim().toLowerCase();
    if (corp === "same-site") result = "corp-implemented-with-same-site";
    else if (corp === "same-origin") result = "corp-implemented-with-same-origin";
    else if (corp === "cross-origin") result = "corp-implemented-with-cross-origin";
    else result = "corp-header-invalid";
  }
  return { name, result, pass: result !== "corp-header-invalid" };
}
