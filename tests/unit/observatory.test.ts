import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHeaders } from "../support/headers-file";
import {
  ALGORITHM_VERSION,
  describeAssumptions,
  gradeForScore,
  gradePage,
  parseCsp,
  SCORE_MODIFIERS,
  staticHostAssumptions,
  type Grade,
  type HostAssumptions,
  type TestResult,
} from "../support/observatory";

/**
 * The site's HTTP security graded with the rules of MDN's HTTP Observatory (see
 * tests/support/observatory.ts): the headers public/_headers sets for every page (`/*`), plus
 * each built page's own HTML (its <meta> CSP and referrer, its scripts), on a static host as
 * assumed there. Needs dist/ (npm run build).
 */
const site = new URL(
  readFileSync("content/settings.yaml", "utf8").match(/^url:\s*(\S+)/m)?.[1] ?? "https://example.org",
);
const host = staticHostAssumptions(site.href);
const siteHeaders =
  parseHeaders(readFileSync("public/_headers", "utf8")).get("/*") ?? new Map<string, string>();
const pages = existsSync("dist")
  ? readdirSync("dist", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".html"))
      .sort()
  : [];

function gradeBuiltPage(file: string): Grade {
  return gradePage({ headers: siteHeaders, html: readFileSync(path.join("dist", file), "utf8") }, host);
}

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** The grade as a compact table, with what was assumed rather than measured. */
function report(file: string, grade: Grade): string {
  const width = Math.max(...grade.tests.map((test) => test.result.length));
  return [
    `HTTP Observatory rules (algorithm version ${grade.algorithmVersion}) for dist/${file} with public/_headers "/*"`,
    ...grade.tests.map(
      (test) =>
        `  ${test.name.padEnd(30)} ${test.result.padEnd(width)} ${signed(test.scoreModifier).padStart(4)}  ${test.pass ? "pass" : "FAIL"}`,
    ),
    `  score ${grade.score} (without bonuses ${grade.scoreWithoutBonuses}; bonuses count from 90): ${grade.grade}, ` +
      `${grade.testsPassed}/${grade.tests.length} tests passed`,
    "Assumed, not measured:",
    ...describeAssumptions(host).map((line) => `  - ${line}`),
  ].join("\n");
}

describe("HTTP Observatory grade of the built site", () => {
  it("has built pages to grade", () => {
    expect(pages.length, "no HTML in dist/: run npm run build first").toBeGreaterThan(0);
    expect(pages).toContain("index.html");
  });

  it("grades the home page A+ and prints how", () => {
    const grade = gradeBuiltPage("index.html");
    console.log(report("index.html", grade));
    expect(grade.algorithmVersion).toBe(4);
    expect(grade.grade).toBe("A+");
  });

  it.each(pages)("grades %s A+, every test passing", (file) => {
    const grade = gradeBuiltPage(file);
    expect(grade.tests.filter((test) => !test.pass)).toEqual([]);
    expect(grade.scoreWithoutBonuses).toBe(100);
    expect(grade.grade).toBe("A+");
  });

  // cspParser.js merges a directive that only a <meta> sets to 'none' when a header policy is
  // there too, so the merged grade would not notice a lax <meta>. Graded alone, it must earn the
  // top CSP result as well (X-Frame-Options: DENY then stands in for frame-ancestors).
  it.each(pages)("%s earns the top CSP result from its <meta> policy alone", (file) => {
    const html = readFileSync(path.join("dist", file), "utf8");
    const withoutHeaderCsp = new Map([...siteHeaders].filter(([name]) => name !== "content-security-policy"));
    const grade = gradePage({ headers: withoutHeaderCsp, html }, host);
    expect(grade.tests.find((test) => test.name === "content-security-policy")).toMatchObject({
      result: "csp-implemented-with-no-unsafe-default-src-none",
      scoreModifier: 10,
    });
    expect(grade.grade).toBe("A+");
  });

  it.each(pages)("%s restricts framing, forms, <base> and plugins (reported, not scored)", (file) => {
    expect(gradeBuiltPage(file).cspPolicy).toEqual({
      antiClickjacking: true,
      insecureBaseUri: false,
      insecureFormAction: false,
      unsafeObjects: false,
    });
  });
});

// Made-up pages and headers: each weakness must cost what src/grader/charts.js says.

/**
 * A set-up that scores exactly 100: A+ with no bonus to spare, so that any single weakness
 * lowers the grade. (Its CSP allows 'unsafe-inline' styles, which scores 0 instead of a bonus.)
 */
const hundredHeaders: Record<string, string> = {
  "strict-transport-security": "max-age=63072000",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'",
};
/** A strong set-up: 100, +10 for default-src 'none', +5 each for frame-ancestors and the referrer. */
const strongHeaders: Record<string, string> = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'none'; script-src 'self'; frame-ancestors 'none'; form-action 'none'",
};
const page = (head = "") =>
  `<!doctype html><html><head>${head}<title>t</title></head><body><p>Hi</p></body></html>`;
const scriptPage = (head = "") => page(`${head}<script src="/app.js"></script>`);
const testHost = staticHostAssumptions("https://example.org");

function grade(
  change: Record<string, string | string[] | null> = {},
  html = scriptPage(),
  hostChange: Partial<HostAssumptions> = {},
  base = hundredHeaders,
): Grade {
  const headers = new Map<string, string | string[]>(Object.entries(base));
  for (const [name, value] of Object.entries(change)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  return gradePage({ headers, html }, { ...testHost, ...hostChange });
}

function result(graded: Grade, name: string): Pick<TestResult, "result" | "scoreModifier"> {
  const test = graded.tests.find((candidate) => candidate.name === name);
  if (!test) throw new Error(`no test ${name}`);
  return { result: test.result, scoreModifier: test.scoreModifier };
}

/** One weakness on the 100-point set-up: this result and modifier, a lower score, no A+. */
function expectLowered(graded: Grade, name: string, expected: Pick<TestResult, "result" | "scoreModifier">) {
  expect(result(graded, name)).toEqual(expected);
  expect(graded.score).toBe(100 + expected.scoreModifier);
  expect(graded.grade).not.toBe("A+");
}

describe("the Observatory grader", () => {
  it("gives 100 and A+ to the plain set-up, 120 to the strong one, and runs all ten tests", () => {
    const plain = grade();
    expect(plain.tests.map((test) => test.scoreModifier)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(plain.score).toBe(100);
    expect(plain.grade).toBe("A+");
    const graded = grade({}, scriptPage(), {}, strongHeaders);
    expect(graded.tests.map((test) => test.name)).toEqual([
      "content-security-policy",
      "cookies",
      "cross-origin-resource-sharing",
      "redirection",
      "referrer-policy",
      "strict-transport-security",
      "subresource-integrity",
      "x-content-type-options",
      "x-frame-options",
      "cross-origin-resource-policy",
    ]);
    expect(result(graded, "content-security-policy")).toEqual({
      result: "csp-implemented-with-no-unsafe-default-src-none",
      scoreModifier: 10,
    });
    expect(graded.score).toBe(120);
    expect(graded.grade).toBe("A+");
    expect(ALGORITHM_VERSION).toBe(4);
  });

  it("uses the modifiers of charts.js", () => {
    expect(SCORE_MODIFIERS["csp-not-implemented"]).toBe(-25);
    expect(SCORE_MODIFIERS["sri-not-implemented-and-external-scripts-not-loaded-securely"]).toBe(-50);
    expect(Object.keys(SCORE_MODIFIERS)).toHaveLength(66);
  });

  describe("CSP", () => {
    it("costs 25 without a CSP header or <meta>", () => {
      const graded = grade({ "content-security-policy": null });
      expectLowered(graded, "content-security-policy", { result: "csp-not-implemented", scoreModifier: -25 });
      expect(graded.grade).toBe("B");
      // On the strong set-up the bonuses are lost too (the score without them is below 90), and
      // X-Frame-Options: DENY still holds, without the frame-ancestors bonus.
      const strong = grade({ "content-security-policy": null }, scriptPage(), {}, strongHeaders);
      expect(result(strong, "x-frame-options")).toEqual({
        result: "x-frame-options-sameorigin-or-deny",
        scoreModifier: 0,
      });
      expect(strong.score).toBe(75);
    });

    it("counts a report-only policy as none", () => {
      const graded = grade({
        "content-security-policy": null,
        "content-security-policy-report-only": "default-src 'none'",
      });
      expect(result(graded, "content-security-policy")).toEqual({
        result: "csp-not-implemented-but-reporting-enabled",
        scoreModifier: -25,
      });
    });

    it("reads a policy from <meta http-equiv>", () => {
      const graded = grade(
        { "content-security-policy": null },
        scriptPage(
          `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`,
        ),
      );
      expect(result(graded, "content-security-policy")).toEqual({
        result: "csp-implemented-with-no-unsafe-default-src-none",
        scoreModifier: 10,
      });
      // frame-ancestors does nothing in <meta>: X-Frame-Options is what protects here.
      expect(graded.cspPolicy?.antiClickjacking).toBe(false);
    });

    it("ignores a <meta> holding only header-only directives", () => {
      const graded = grade(
        { "content-security-policy": null },
        scriptPage(`<meta http-equiv="content-security-policy" content="frame-ancestors 'none'">`),
      );
      expect(result(graded, "content-security-policy").result).toBe("csp-not-implemented");
    });

    it("costs 20 for 'unsafe-inline' in script-src, unless a hash makes browsers ignore it", () => {
      const unsafe = grade({
        "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'",
      });
      expectLowered(unsafe, "content-security-policy", {
        result: "csp-implemented-with-unsafe-inline",
        scoreModifier: -20,
      });
      const hashed = grade({
        "content-security-policy": "default-src 'none'; script-src 'self' 'unsafe-inline' 'sha256-abc='",
      });
      expect(result(hashed, "content-security-policy").scoreModifier).toBe(10);
    });

    it("costs 20 for data: or a whole scheme in script-src, or for no script-src and default-src", () => {
      for (const policy of [
        "default-src 'none'; script-src 'self' data:",
        "default-src 'none'; script-src https:",
        "object-src 'none'; frame-ancestors 'none'",
        "default-src 'none'; object-src *",
      ]) {
        expect(
          result(grade({ "content-security-policy": policy }), "content-security-policy"),
          policy,
        ).toEqual({
          result: "csp-implemented-with-unsafe-inline",
          scoreModifier: -20,
        });
      }
    });

    it("costs 20 for http: sources, 10 for 'unsafe-eval' and 10 for http: images", () => {
      expect(
        result(
          grade({ "content-security-policy": "default-src 'none'; script-src 'self' http://cdn.example" }),
          "content-security-policy",
        ),
      ).toEqual({ result: "csp-implemented-with-insecure-scheme", scoreModifier: -20 });
      expect(
        result(
          grade({ "content-security-policy": "default-src 'none'; script-src 'self' 'unsafe-eval'" }),
          "content-security-policy",
        ),
      ).toEqual({ result: "csp-implemented-with-unsafe-eval", scoreModifier: -10 });
      expect(
        result(
          grade({ "content-security-policy": "default-src 'none'; script-src 'self'; img-src http:" }),
          "content-security-policy",
        ),
      ).toEqual({
        result: "csp-implemented-with-insecure-scheme-in-passive-content-only",
        scoreModifier: -10,
      });
    });

    it("gives 0 for 'unsafe-inline' in style-src only, +5 without default-src 'none', +10 with it", () => {
      expect(
        result(
          grade({ "content-security-policy": "default-src 'none'; style-src 'self' 'unsafe-inline'" }),
          "content-security-policy",
        ),
      ).toEqual({ result: "csp-implemented-with-unsafe-inline-in-style-src-only", scoreModifier: 0 });
      expect(
        result(
          grade({ "content-security-policy": "default-src 'self'; frame-ancestors 'none'" }),
          "content-security-policy",
        ),
      ).toEqual({ result: "csp-implemented-with-no-unsafe", scoreModifier: 5 });
    });

    it("reports form-action, base-uri and frame-ancestors without scoring them (as the source does)", () => {
      const graded = grade({ "content-security-policy": "default-src 'none'" });
      expect(result(graded, "content-security-policy").scoreModifier).toBe(10);
      expect(graded.cspPolicy).toEqual({
        antiClickjacking: false,
        insecureBaseUri: true,
        insecureFormAction: true,
        unsafeObjects: false,
      });
    });

    it("finds a repeated directive invalid", () => {
      const graded = grade({
        "content-security-policy": "default-src 'none'; script-src 'self'; script-src *",
      });
      expect(result(graded, "content-security-policy")).toEqual({
        result: "csp-header-invalid",
        scoreModifier: -25,
      });
    });

    it("merges header and <meta> policies as cspParser.js does", () => {
      // The source's own cases: a source must be in both policies to count.
      expect(
        parseCsp([
          "default-src 'none'; script-src 'self' https://mozilla.org",
          "default-src 'none'; script-src https://example.com 'self' https://mozilla.org",
        ]),
      ).toEqual(
        new Map([
          ["default-src", new Set(["'none'"])],
          ["script-src", new Set(["'self'", "https://mozilla.org"])],
        ]),
      );
      expect(parseCsp(["default-src https://mozilla.org", "default-src https://mozilla.com"])).toEqual(
        new Map([["default-src", new Set(["'none'"])]]),
      );
      // This site's shape: frame-ancestors only in the header, script-src only in the <meta>.
      const merged = parseCsp([
        "frame-ancestors 'none'; form-action 'self'",
        "default-src 'none'; script-src 'self' 'sha256-x='; form-action 'none'",
      ]);
      expect(merged.get("frame-ancestors")).toEqual(new Set(["'none'"]));
      expect(merged.get("form-action")).toEqual(new Set(["'none'"]));
      expect(merged.get("script-src")).toEqual(new Set(["'none'"]));
    });

    it("grades a header and a <meta> policy together, as browsers enforce both", () => {
      const meta = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'">`;
      // A lax header next to a strict <meta>: only what both allow is left, 'self'.
      const laxHeader = grade(
        { "content-security-policy": "script-src 'self' 'unsafe-inline'" },
        scriptPage(meta),
      );
      expect(result(laxHeader, "content-security-policy").scoreModifier).toBe(10);
      // A lax <meta> next to a header without those directives: cspParser.js merges directives
      // found only in a later policy to 'none', so the Observatory does not see how lax it is.
      // That is why the site's pages are also graded on their <meta> policy alone (above).
      const laxMeta = `<meta http-equiv="content-security-policy" content="default-src *; script-src * 'unsafe-eval'">`;
      const hidden = grade({ "content-security-policy": "frame-ancestors 'none'" }, scriptPage(laxMeta));
      expect(result(hidden, "content-security-policy").scoreModifier).toBe(10);
      const alone = grade({ "content-security-policy": null }, scriptPage(laxMeta));
      expect(result(alone, "content-security-policy").scoreModifier).toBe(-20);
    });
  });

  describe("other tests", () => {
    it("costs 20 without HSTS, 10 for less than six months", () => {
      const none = grade({ "strict-transport-security": null });
      expectLowered(none, "strict-transport-security", {
        result: "hsts-not-implemented",
        scoreModifier: -20,
      });
      expect(none.grade).toBe("B+");
      expect(
        result(grade({ "strict-transport-security": "max-age=86400" }), "strict-transport-security"),
      ).toEqual({
        result: "hsts-implemented-max-age-less-than-six-months",
        scoreModifier: -10,
      });
      expect(
        result(grade({ "strict-transport-security": "includeSubDomains" }), "strict-transport-security"),
      ).toEqual({ result: "hsts-header-invalid", scoreModifier: -20 });
    });

    it("costs 5 for Referrer-Policy: unsafe-url, where a <meta name=referrer> after it wins", () => {
      const unsafe = grade({ "referrer-policy": "unsafe-url" });
      expectLowered(unsafe, "referrer-policy", { result: "referrer-policy-unsafe", scoreModifier: -5 });
      const overridden = grade(
        { "referrer-policy": "unsafe-url" },
        scriptPage(`<meta name="referrer" content="no-referrer">`),
      );
      expect(result(overridden, "referrer-policy").scoreModifier).toBe(5);
    });

    it("costs for cookies without Secure, and more for session cookies", () => {
      const plain = grade({ "set-cookie": "theme=dark; Path=/" });
      expectLowered(plain, "cookies", {
        result: "cookies-without-secure-flag-but-protected-by-hsts",
        scoreModifier: -5,
      });
      expect(
        result(grade({ "set-cookie": "theme=dark", "strict-transport-security": null }), "cookies")
          .scoreModifier,
      ).toBe(-20);
      expect(result(grade({ "set-cookie": "sessionid=1; Secure" }), "cookies")).toEqual({
        result: "cookies-session-without-httponly-flag",
        scoreModifier: -30,
      });
      expect(result(grade({ "set-cookie": "a=1; Secure; SameSite=Lax" }), "cookies")).toEqual({
        result: "cookies-secure-with-httponly-sessions-and-samesite",
        scoreModifier: 5,
      });
      expect(
        result(
          grade({ "set-cookie": ["a=1; Secure; SameSite=Lax", "b=2; Secure; SameSite=yes"] }),
          "cookies",
        ),
      ).toEqual({ result: "cookies-samesite-flag-invalid", scoreModifier: -20 });
    });

    it("costs 50 for CORS that lets any site read with credentials", () => {
      const graded = grade({
        "access-control-allow-origin": "https://http-observatory.security.mozilla.org",
        "access-control-allow-credentials": "true",
      });
      expectLowered(graded, "cross-origin-resource-sharing", {
        result: "cross-origin-resource-sharing-implemented-with-universal-access",
        scoreModifier: -50,
      });
      expect(
        result(grade({ "access-control-allow-origin": "*" }), "cross-origin-resource-sharing").scoreModifier,
      ).toBe(0);
    });

    it("costs for a missing or off-host redirect to HTTPS and for a bad certificate", () => {
      expect(
        result(grade({}, scriptPage(), { httpRedirects: ["http://example.org/"] }), "redirection"),
      ).toEqual({
        result: "redirection-missing",
        scoreModifier: -20,
      });
      expect(
        result(
          grade({}, scriptPage(), { httpRedirects: ["http://example.org/", "https://www.example.org/"] }),
          "redirection",
        ),
      ).toEqual({ result: "redirection-off-host-from-http", scoreModifier: -5 });
      const badCert = grade({}, scriptPage(), { validCertificate: false });
      expect(result(badCert, "redirection").scoreModifier).toBe(-20);
      expect(result(badCert, "strict-transport-security")).toEqual({
        result: "hsts-invalid-cert",
        scoreModifier: -20,
      });
    });

    it("costs for scripts from elsewhere without integrity=, and rewards integrity=", () => {
      expect(
        result(
          grade({}, page(`<script src="https://cdn.example.net/x.js"></script>`)),
          "subresource-integrity",
        ),
      ).toEqual({
        result: "sri-not-implemented-but-external-scripts-loaded-securely",
        scoreModifier: -5,
      });
      expect(
        result(
          grade({}, page(`<script src="http://cdn.example.net/x.js"></script>`)),
          "subresource-integrity",
        ),
      ).toEqual({
        result: "sri-not-implemented-and-external-scripts-not-loaded-securely",
        scoreModifier: -50,
      });
      expect(
        result(
          grade(
            {},
            page(`<script src="https://cdn.example.net/x.js" integrity="sha384-x" crossorigin></script>`),
          ),
          "subresource-integrity",
        ),
      ).toEqual({ result: "sri-implemented-and-external-scripts-loaded-securely", scoreModifier: 5 });
      // A <script> inside a comment is no script.
      expect(
        result(
          grade({}, page(`<!-- <script src="http://x.example/y.js"></script> -->`)),
          "subresource-integrity",
        ),
      ).toEqual({
        result: "sri-not-implemented-but-no-scripts-loaded",
        scoreModifier: 0,
      });
    });

    it("costs 5 without nosniff, 20 without any framing protection, rewards CORP", () => {
      expect(result(grade({ "x-content-type-options": null }), "x-content-type-options")).toEqual({
        result: "x-content-type-options-not-implemented",
        scoreModifier: -5,
      });
      expect(
        result(
          grade({
            "x-frame-options": null,
            "content-security-policy": "default-src 'none'; script-src 'self'",
          }),
          "x-frame-options",
        ),
      ).toEqual({ result: "x-frame-options-not-implemented", scoreModifier: -20 });
      expect(
        result(grade({ "cross-origin-resource-policy": "same-origin" }), "cross-origin-resource-policy"),
      ).toEqual({
        result: "corp-implemented-with-same-origin",
        scoreModifier: 10,
      });
      expect(
        result(grade({ "cross-origin-resource-policy": "nobody" }), "cross-origin-resource-policy"),
      ).toEqual({
        result: "corp-header-invalid",
        scoreModifier: -5,
      });
    });
  });

  describe("scoring", () => {
    it("counts bonuses only while the score without them is 90 or more", () => {
      // -10 keeps 90: the +20 of bonuses still count.
      const shortHsts = grade(
        { "strict-transport-security": "max-age=86400" },
        scriptPage(),
        {},
        strongHeaders,
      );
      expect(shortHsts.scoreWithoutBonuses).toBe(90);
      expect(shortHsts.score).toBe(110);
      expect(shortHsts.grade).toBe("A+");
      // -15 drops to 85: the bonuses no longer count.
      const worse = grade(
        { "strict-transport-security": "max-age=86400", "x-content-type-options": null },
        scriptPage(),
        {},
        strongHeaders,
      );
      expect(worse.score).toBe(85);
      expect(worse.grade).toBe("A-");
    });

    it("maps scores to letters as GRADE_CHART does", () => {
      expect(gradeForScore(135).grade).toBe("A+");
      expect(gradeForScore(100).grade).toBe("A+");
      expect(gradeForScore(99).grade).toBe("A");
      expect(gradeForScore(89).grade).toBe("A-");
      expect(gradeForScore(24).grade).toBe("F");
      expect(gradeForScore(-40)).toEqual({ score: 0, grade: "F" });
    });
  });
});
