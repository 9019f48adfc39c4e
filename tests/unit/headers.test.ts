import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHeaders } from "../support/headers-file";

describe("security headers (public/_headers)", () => {
  const all = parseHeaders(readFileSync("public/_headers", "utf8")).get("/*");

  it("apply to every page", () => {
    expect(all).toBeDefined();
  });

  it("force HTTPS, refuse framing and sniffing, and send no referrer", () => {
    expect(all?.get("strict-transport-security")).toMatch(/max-age=(\d+)/);
    expect(
      Number(/max-age=(\d+)/.exec(all?.get("strict-transport-security") ?? "")?.[1]),
    ).toBeGreaterThanOrEqual(31536000);
    expect(all?.get("x-content-type-options")).toBe("nosniff");
    expect(all?.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(all?.get("referrer-policy")).toBe("no-referrer");
  });

  it("leave the phone's share sheet working", () => {
    const permissions = all?.get("permissions-policy") ?? "";
    expect(permissions).toContain("camera=()");
    expect(permissions).not.toMatch(/web-share=\(\)/);
    expect(permissions).not.toMatch(/clipboard-write=\(\)/);
  });
});
