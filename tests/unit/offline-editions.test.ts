import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fillDownloadSizes } from "../../src/build/offline/download-sizes";
import { finishEdition } from "../../src/build/offline/edition";
import { withOnionLocation } from "../../src/build/offline/onion-header";
import { editionFile, fileStem } from "../../src/lib/offline-files";
import { settingsSchema, type Settings } from "../../src/schemas/settings";
import { canonicalAddress } from "../../src/site/address";

/**
 * The pure parts of the offline editions (src/build/offline/): how an edition is finished, sizes
 * written, the onion header added, files named, and which address a mirror calls canonical.
 * What a real build makes of them is checked in tests/site/offline-editions.test.ts.
 */
const settings = (extra: object = {}): Settings =>
  settingsSchema.parse({
    name: "International Action Center",
    shortName: "IAC",
    url: "https://example.org/",
    tagline: "Against war and occupation.",
    description: "Statements, answers and actions from the International Action Center.",
    email: "info@example.org",
    defaultLanguage: "en",
    languages: [{ code: "en", label: "English" }],
    ...extra,
  });

describe("canonical address", () => {
  const mirrored = settings({ mirrors: ["https://mirror.example.net/"] });

  it("is the main address on a mirror, so search engines and previews keep one address per page", () => {
    expect(canonicalAddress(mirrored, { CAMPAIGN_SITE_URL: "https://mirror.example.net" }).site).toBe(
      "https://example.org/",
    );
  });

  it("is the build's own address anywhere else: the main address, or a host that is no mirror", () => {
    expect(canonicalAddress(mirrored, {}).site).toBe("https://example.org/");
    expect(canonicalAddress(mirrored, { CAMPAIGN_SITE_URL: "https://owner.github.io/campaign/" }).site).toBe(
      "https://owner.github.io/campaign/",
    );
  });
});

describe("file names", () => {
  it("come from the short name, in plain letters", () => {
    expect(editionFile("IAC", "ar")).toBe("iac-ar.html");
    expect(fileStem("Ação Já!")).toBe("acao-ja");
    expect(fileStem("مركز")).toBe("campaign");
  });
});

describe("the Onion-Location header", () => {
  it("joins the headers every page gets", () => {
    const headers = "# comment\n/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n";
    expect(withOnionLocation(headers, "http://x.onion/")).toBe(
      "# comment\n/*\n  Onion-Location: http://x.onion/\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n",
    );
  });

  it("stops the build when there is no rule for every page", () => {
    expect(() => withOnionLocation("/_astro/*\n  Cache-Control: immutable\n", "http://x.onion/")).toThrow(
      "no /* rule",
    );
  });
});

describe("download sizes", () => {
  const page = (file: string, lang: string) =>
    `(<span data-offline-size="${file}" data-locale="${lang}"></span>)`;

  it("are written in whole kilobytes, in the page's language", () => {
    const sizes = new Map([["iac-ar.zip", 176_000]]);
    expect(fillDownloadSizes(page("iac-ar.zip", "en"), sizes)).toBe("(172 KB)");
    expect(fillDownloadSizes(page("iac-ar.zip", "ar"), sizes)).toBe("(172 كيلوبايت)");
  });

  it("stop the build when the page offers a file that was not made", () => {
    expect(() => fillDownloadSizes(page("iac-fr.zip", "en"), new Map())).toThrow("iac-fr.zip");
  });
});

describe("finishing a one-file edition", () => {
  const rendered = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src 'self'"><link rel="icon" href="/favicon.svg"><style>.meta{color:gray}</style></head><body>
<header id="top" data-page="/"><h1>The campaign</h1><a href="#statement-a">A</a></header>
<article id="statement-a" data-page="/statements/a/"><h3>A</h3><div data-content="2"><h2 id="why">Why</h2><section aria-labelledby="why"></section><p class="prose text-lg">See <a href="#why">why</a>, <a href="/statements/b/">B</a>, <a href="/faq/#safety">safety</a> and <a href="/leaflets/">leaflets</a>.</p><img src="/_astro/march.webp" alt="Marchers with a banner"><svg><path d="M0 0"/></svg><script>alert(1)</script></div></article>
<article id="statement-b" data-page="/statements/b/"><h3>B</h3><div data-content="2"><h2 id="why">Why not</h2></div></article>
<article id="faq-safety" data-page="/faq/safety/ /faq/#safety"><h4>Safety</h4></article>
</body></html>`;
  const { html, anchors } = finishEdition(rendered, { canonical: (path) => `https://example.org${path}` });

  it("links to pages it holds by their anchors, and to every other page by its full address", () => {
    expect(html).toContain('<a href="#statement-b">B</a>');
    expect(html).toContain('<a href="#faq-safety">safety</a>');
    expect(html).toContain('<a href="https://example.org/leaflets/">leaflets</a>');
    expect(anchors.get("/faq/safety/")).toBe("faq-safety");
  });

  it("keeps every id unique and every heading under its entry's title", () => {
    expect(html).toContain('<h4 id="statement-a-why">Why</h4>');
    expect(html).toContain('<h4 id="statement-b-why">Why not</h4>');
    expect(html).toContain('<a href="#statement-a-why">why</a>');
    expect(html).toContain('<section aria-labelledby="statement-a-why"></section>');
  });

  it("loads nothing: no script, icon, stylesheet link or image (its description stays), no unused class", () => {
    expect(html).not.toMatch(/<(?:script|svg|img|link)\b/);
    expect(html).toContain('<span class="meta">[Marchers with a banner]</span>');
    expect(html).toContain("<p>See ");
    expect(html).not.toContain("data-page");
  });

  it("allows its own inline style and nothing else", () => {
    const hash = createHash("sha256").update(".meta{color:gray}").digest("base64");
    expect(html).toContain(
      `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'">`,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
  });
});
