import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm run format", () => {
  it("leaves the editors' files in content/ alone", () => {
    const info = execFileSync(
      process.execPath,
      [
        "node_modules/prettier/bin/prettier.cjs",
        "--file-info",
        "content/statements/en/keep-mobilizing-after-the-ceasefire.mdx",
      ],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(JSON.parse(info)).toMatchObject({ ignored: true });
  });
});
