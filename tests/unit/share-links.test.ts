import { describe, expect, it } from "vitest";
import { enc, graphemeLength, shareLinks } from "../../src/lib/share-links";

const url = "https://example.org/ar/statements/keep-mobilizing/";
const arabic = { url, title: "العدالة & الحرية", text: "لنواصل التعبئة من أجل فلسطين & العدالة؟" };

/** Reads one query parameter the way the receiving site does. */
const param = (href: string, name: string) => new URL(href).searchParams.get(name);

describe("share links", () => {
  const links = shareLinks(arabic);

  it("puts the page's address, unchanged and without tracking parameters, in every link", () => {
    expect(param(links.telegram, "url")).toBe(url);
    expect(param(links.x, "url")).toBe(url);
    expect(param(links.facebook, "u")).toBe(url);
    expect(param(links.whatsapp, "text")?.endsWith(` ${url}`)).toBe(true);
    expect(param(links.bluesky, "text")?.endsWith(` ${url}`)).toBe(true);
    for (const href of Object.values(links)) expect(href).not.toMatch(/utm_|fbclid|ref=/);
  });

  it("carries Arabic text and & signs intact", () => {
    expect(param(links.telegram, "text")).toBe(arabic.text);
    expect(param(links.x, "text")).toBe(arabic.text);
    expect(links.x).not.toContain("&العدالة");
    const [, query = ""] = links.email.split("?");
    const fields = Object.fromEntries(
      query.split("&").map((pair) => pair.split("=").map(decodeURIComponent)),
    );
    expect(fields["subject"]).toBe(arabic.title);
    expect(fields["body"]).toBe(`${arabic.text}\r\n\r\n${url}`);
  });

  it("uses each network's own text where the entry gives one", () => {
    const custom = shareLinks({ ...arabic, x: "Short for X", bluesky: "For Bluesky" });
    expect(param(custom.x, "text")).toBe("Short for X");
    expect(param(custom.bluesky, "text")).toBe(`For Bluesky ${url}`);
    expect(param(custom.telegram, "text")).toBe(arabic.text);
  });

  it("points only at each network's own compose address", () => {
    expect(Object.values(links).map((href) => new URL(href).host || new URL(href).protocol)).toEqual([
      "wa.me",
      "t.me",
      "x.com",
      "bsky.app",
      "www.facebook.com",
      "mailto:",
    ]);
  });
});

describe("graphemeLength", () => {
  it("counts what a reader sees as one character once", () => {
    expect(graphemeLength("é")).toBe(1);
    expect(graphemeLength("e\u0301")).toBe(1);
    expect(graphemeLength("👩🏽‍✊")).toBe(1);
    expect(graphemeLength("غزة")).toBe(3);
  });
});

describe("enc (share link values)", () => {
  it("leaves Arabic and accented letters readable, and encodes what URLs need encoded", () => {
    expect(enc("قف مع فلسطين")).toBe("قف%20مع%20فلسطين");
    expect(enc("¿Dónde? & #1")).toBe("¿Dónde%3F%20%26%20%231");
  });

  it("keeps invisible and space characters encoded", () => {
    expect(enc("a\u00a0b\u2066c\u2069")).toBe("a%C2%A0b%E2%81%A6c%E2%81%A9");
  });

  it("gives back the text when decoded, as the share site reads it", () => {
    const text = "Stop arming Israel — أوقفوا تسليح إسرائيل & «ya»";
    expect(decodeURIComponent(enc(text))).toBe(text);
    expect(new URL(`https://wa.me/?text=${enc(text)}`).searchParams.get("text")).toBe(text);
  });
});
