import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHeaders } from "../support/headers-file";

/**
 * The headers public/_headers sends with every page on Netlify and Cloudflare Pages, held to the
 * rules MDN's HTTP Observatory grades headers by (each page's own policy, in a <meta>, is held to
 * the rest in tests/site/security.test.ts). The README's nginx and Apache lines must say the same.
 */
const headers = parseHeaders(readFileSync("public/_headers", "utf8"));
const all = headers.get("/*") ?? new Map<string, string>();
const directives = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );

describe("security headers on every page (public/_headers /*)", () => {
  it("force HTTPS for at least a year, subdomains included (Observatory: six months or more)", () => {
    const hsts = all.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toMatch(/;\s*includeSubDomains/);
  });

  it("refuse MIME sniffing", () => {
    expect(all.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuse framing both ways the Observatory counts: X-Frame-Options and frame-ancestors 'none'", () => {
    expect(all.get("x-frame-options")).toBe("DENY");
    expect(directives(all.get("content-security-policy") ?? "").get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("restrict in the header what only a header can: <base>, forms and plugins", () => {
    const policy = directives(all.get("content-security-policy") ?? "");
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("send no referrer", () => {
    expect(all.get("referrer-policy")).toBe("no-referrer");
  });

  it("set no cookie and let no other site read pages (no CORS header)", () => {
    for (const rules of headers.values()) {
      expect(rules.has("set-cookie")).toBe(false);
      expect([...rules.keys()].filter((name) => name.startsWith("access-control-"))).toEqual([]);
    }
  });

  it("leave the phone's share sheet and the copy button working", () => {
    const permissions = all.get("permissions-policy") ?? "";
    expect(permissions).toContain("camera=()");
    expect(permissions).not.toMatch(/web-share=\(\)/);
    expect(permissions).not.toMatch(/clipboard-write=\(\)/);
  });

  it("are the ones the README gives for nginx and Apache", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const [name, value] of all) {
      const header = name.replace(
        /(^|-)([a-z])/g,
        (_, dash: string, letter: string) => dash + letter.toUpperCase(),
      );
      expect(readme, `nginx ${header}`).toContain(`add_header ${header} "${value}" always;`);
      expect(readme, `Apache ${header}`).toContain(`Header always set ${header} "${value}"`);
    }
  });
});
