import { describe, expect, it } from "vitest";
import { withoutReportFraming } from "../../scripts/lib/astro-output.ts";
import { buildTimeoutSeconds } from "../../src/site/environment.ts";

/** What an editor sees of these stderr lines from Astro. */
function shown(lines: string[]): string[] {
  const printed: string[] = [];
  const filter = withoutReportFraming((line) => printed.push(line));
  lines.forEach(filter.line);
  filter.end();
  return printed;
}

const report = [
  "✖ content/settings.yaml",
  '    url: "example.org/campaign" is not a full web address: write it like https://example.org/page',
  "",
  "The content check found 1 problem in 1 file. Nothing was published: fix it and build again.",
];

describe("Astro's framing around a content-check report", () => {
  it("is left out when settings.yaml stops the config from loading", () => {
    expect(
      shown([
        "\u001b[1m\u001b[31m[astro]\u001b[39m\u001b[22m Unable to load your Astro config",
        "",
        ...report,
        "  \u001b[1mStack trace:\u001b[22m",
        "\u001b[2m\u001b[22m",
        "",
      ]),
    ).toEqual(report);
  });

  it("is left out when an entry stops the content check", () => {
    expect(
      shown([
        '09:07:23 [ERROR] [campaign:content-checks] An unhandled error occurred while running the "astro:config:setup" hook',
        ...report,
        "  Stack trace:",
        "",
      ]),
    ).toEqual(report);
  });

  it("stays around any other error, with its stack", () => {
    const other = [
      "[astro] Unable to load your Astro config",
      "",
      "SyntaxError: Unexpected token",
      "  Stack trace:",
      "    at astro.config.mjs:3:1",
    ];
    expect(shown(other)).toEqual(other);
  });
});

describe("CAMPAIGN_BUILD_TIMEOUT", () => {
  it("is half an hour unless set to a positive number of seconds", () => {
    expect(buildTimeoutSeconds({})).toBe(1800);
    expect(buildTimeoutSeconds({ CAMPAIGN_BUILD_TIMEOUT: "90" })).toBe(90);
    expect(buildTimeoutSeconds({ CAMPAIGN_BUILD_TIMEOUT: "soon" })).toBe(1800);
    expect(buildTimeoutSeconds({ CAMPAIGN_BUILD_TIMEOUT: "0" })).toBe(1800);
  });
});
