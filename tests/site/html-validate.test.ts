import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { describe, expect, it } from "vitest";
import { htmlPagesIn } from "../support/built-site";

/** Every built page is valid HTML by html-validate's recommended rules, less one that is wrong for this site. */
const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ["html-validate:recommended"],
    rules: {
      // HTML allows any id without spaces. Headings in Arabic get Arabic ids, so
      // a reader's link to a section stays readable in their own language.
      "valid-id": ["error", { relaxed: true }],
    },
  }),
);

const outDir = path.resolve("dist");
const files = htmlPagesIn(outDir);

describe("html-validate over every built page", () => {
  it("has pages to check (run npm run build first)", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s", async (file) => {
    const report = await validator.validateString(readFileSync(path.join(outDir, file), "utf8"), file);
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) =>
          `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
