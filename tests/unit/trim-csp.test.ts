import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { trimPolicy } from "../../src/integrations/trim-csp";

const hash = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe("trimPolicy", () => {
  it("keeps the hashes of the page's own inline code and drops the rest", () => {
    const used = "console.log(1)";
    const html = page(
      `default-src 'none'; script-src 'self' ${hash(used)} ${hash("other()")}; style-src 'self' ${hash("p{}")}`,
      `<script type="module">${used}</script>`,
    );
    expect(policyOf(trimPolicy(html))).toBe(
      `default-src 'none'; script-src 'self' ${hash(used)}; style-src 'self'`,
    );
  });

  it("ignores scripts loaded from a file, and leaves a page without a policy alone", () => {
    const html = page(`script-src 'self' ${hash("")}`, `<script type="module" src="/a.js"></script>`);
    expect(policyOf(trimPolicy(html))).toBe("script-src 'self'");
    expect(trimPolicy("<p>no policy</p>")).toBe("<p>no policy</p>");
  });

  it("keeps media-src only on a page with a video or recording", () => {
    const policy = "default-src 'none'; media-src 'self'; img-src 'self'";
    expect(policyOf(trimPolicy(page(policy, "<p>text</p>")))).toBe("default-src 'none'; img-src 'self'");
    expect(policyOf(trimPolicy(page(policy, '<video controls src="/a.mp4"></video>')))).toBe(policy);
    expect(policyOf(trimPolicy(page(policy, "<audio controls></audio>")))).toBe(policy);
  });
});
