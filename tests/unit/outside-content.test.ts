import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findOutsideContent, otherHost } from "../../src/content-checks/outside-content.ts";

const SITE = "example.org";
const check = (body: string, format: "md" | "mdx" = "mdx") => findOutsideContent(body, 1, format, SITE);
const messages = (body: string, format: "md" | "mdx" = "mdx") =>
  check(body, format).map((found) => found.message);

/**
 * Embed codes as the platforms hand them out (tests/fixtures/embeds/, ids replaced), pasted
 * into a statement below a paragraph. Each must be refused with the line it starts on and
 * advice that names what to write instead.
 */
const embedsDir = path.resolve("tests/fixtures/embeds");
const embeds = readdirSync(embedsDir)
  .filter((file) => file.endsWith(".html"))
  .map((file) => ({
    name: file.replace(/\.html$/, ""),
    code: readFileSync(path.join(embedsDir, file), "utf8"),
  }));

describe("embed codes pasted from other sites", () => {
  it("the corpus covers every platform the issue names", () => {
    expect(embeds.map(({ name }) => name).sort()).toEqual([
      "facebook",
      "facebook-sdk",
      "google-maps",
      "instagram",
      "petition-widget",
      "signup-form",
      "tiktok",
      "vimeo",
      "x",
      "youtube",
    ]);
  });

  for (const format of ["mdx", "md"] as const) {
    it.each(embeds)(`$name is refused in .${format}, from the line it starts on, with a fix`, ({ code }) => {
      const found = check(`An opening paragraph.\n\n${code}`, format);
      // The code starts on line 3; the first refused tag may be on a later line of it.
      const lastLine = 2 + code.trimEnd().split("\n").length;
      expect(found.length).toBeGreaterThan(0);
      for (const { line } of found) expect(line).toSatisfy((n: number) => n >= 3 && n <= lastLine);
      for (const { message } of found) expect(message).toMatch(/<MediaLink|\[Sign the petition\]|Remove/);
    });
  }

  it("names the platform a frame would have loaded", () => {
    const youtube = embeds.find(({ name }) => name === "youtube")?.code ?? "";
    expect(messages(youtube)).toEqual([
      expect.stringMatching(
        /^<iframe> shows another site \(www\.youtube\.com\) inside the page\. .*<MediaLink/,
      ),
    ]);
  });

  it("refuses the script that comes with a post's quote, and the quote's inline styles", () => {
    const instagram = embeds.find(({ name }) => name === "instagram")?.code ?? "";
    const found = messages(instagram);
    expect(found).toContainEqual(expect.stringMatching(/^<script> would run code from www\.instagram\.com/));
    expect(found).toContainEqual(expect.stringMatching(/^<blockquote style> sets its own styles/));
  });

  it("points a sign-up form to a link", () => {
    const form = embeds.find(({ name }) => name === "signup-form")?.code ?? "";
    expect(messages(form)[0]).toMatch(/^<form> is part of a form\. .*Link to the form's own page instead/);
  });
});

describe("what else the site's policy would block", () => {
  it("refuses pictures from other hosts, in Markdown and in HTML", () => {
    expect(messages("![A photo](https://tracker.example.com/pixel.png)")).toEqual([
      expect.stringMatching(
        /^this picture loads from tracker\.example\.com, .*!\[what it shows\]\(\.\/images\/name\.jpg\)/,
      ),
    ]);
    expect(messages('Text <img src="//cdn.example.net/a.png" alt="x"> more', "md")).toEqual([
      expect.stringMatching(/^<img> is not checked or resized by the build/),
    ]);
    expect(messages("![Pixel][p]\n\n[p]: https://tracker.example.com/p.gif")).toHaveLength(1);
    expect(messages("![Inline](data:image/png;base64,AAAA)")).toEqual([
      expect.stringMatching(/^this picture loads from a data: address/),
    ]);
  });

  it("refuses links that run code instead of going somewhere", () => {
    for (const link of ["[Read more](javascript:alert(1))", "[x](vbscript:msgbox)", "[x](data:text/html,hi)"])
      expect(messages(link)).toEqual([expect.stringMatching(/does not lead anywhere a reader can go/)]);
    expect(messages("[Read more][r]\n\n[r]: javascript:void(0)")).toHaveLength(1);
    expect(messages('<a href="javascript:go()">Go</a>')).toHaveLength(1);
  });

  it("refuses event handlers, style attributes, style elements, video and audio", () => {
    expect(messages('<p onclick="steal()">Hi</p>')).toEqual([
      expect.stringMatching(/^<p onclick> runs a script/),
    ]);
    expect(messages("<style>{`p { color: red }`}</style>")).toEqual([
      expect.stringMatching(/^<style> would restyle/),
    ]);
    expect(messages('<video src="./film.mp4" controls></video>')).toEqual([
      expect.stringMatching(
        /^<video> would play media without captions, .*<Video src=.*<Audio src=.*<MediaLink/,
      ),
    ]);
    expect(messages('<audio src="https://podcasts.example.com/ep1.mp3"></audio>')).toEqual([
      expect.stringMatching(/^<audio> would play media from podcasts\.example\.com/),
    ]);
  });

  it("refuses a picture an inline SVG would load from another host", () => {
    expect(messages('<svg><image href="https://cdn.example.net/a.png" /></svg>')).toEqual([
      expect.stringMatching(/^<image> loads a file from cdn\.example\.net/),
    ]);
  });

  it("refuses code that runs at build time: imports, exports and {expressions}", () => {
    expect(messages('import X from "https://example.com/x.js"\n\nText')).toEqual([
      expect.stringMatching(/^import and export lines run code/),
    ]);
    expect(messages("Two and two is {2 + 2}.")).toEqual([expect.stringMatching(/^text in \{curly braces\}/)]);
    expect(messages('<abbr title={"x".repeat(3)}>x</abbr>')).toEqual([
      expect.stringMatching(/^<abbr> has an attribute written in \{curly braces\}/),
    ]);
    expect(messages("<abbr {...props}>x</abbr>")).toHaveLength(1);
  });

  it("counts lines in the whole file", () => {
    expect(
      findOutsideContent("\n\n<iframe src='https://maps.example.com/'></iframe>\n", 7, "md", SITE),
    ).toEqual([
      { line: 9, message: expect.stringMatching(/^<iframe> shows another site \(maps\.example\.com\)/) },
    ]);
  });

  it("lets through what the site can show: links, local pictures, components, plain HTML", () => {
    const body = [
      "A [link to another site](https://news.example.com/story) and [an e-mail](mailto:info@example.org).",
      "",
      "![Marchers with a banner](./images/march.jpg)",
      "",
      "![On this site](https://example.org/images/a.png)",
      "",
      "<PullQuote>Resistance is possible.</PullQuote>",
      "",
      '<MediaLink href="https://www.youtube.com/watch?v=VIDEO_ID" title="A speech" />',
      "",
      '<abbr title="International Criminal Court">ICC</abbr> and <strong>bold</strong>',
    ].join("\n");
    expect(check(body)).toEqual([]);
    // Markdown files have no components, so leave those out there.
    expect(check(body.replace(/^<[A-Z].*$/gm, ""), "md")).toEqual([]);
  });

  it("knows which addresses are another site's", () => {
    expect(otherHost("https://www.youtube.com/embed/x", SITE)).toBe("www.youtube.com");
    expect(otherHost("//cdn.example.net/a.js", SITE)).toBe("cdn.example.net");
    expect(otherHost("https://example.org/a.png", SITE)).toBeUndefined();
    expect(otherHost("./images/a.png", SITE)).toBeUndefined();
    expect(otherHost("/images/a.png", SITE)).toBeUndefined();
  });
});
