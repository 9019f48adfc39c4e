import { describe, expect, it } from "vitest";
import { mailtoAddress, obfuscatedEmailHtml } from "../../src/lib/email";
import { contentLink } from "../../src/integrations/content-links";

const atRoot = { site: "https://example.org/", base: "/" };
const inFolder = { site: "https://example.org/campaign/", base: "/campaign/" };

describe("contentLink (links editors write)", () => {
  it("marks links to other sites noopener noreferrer", () => {
    expect(contentLink("https://news.example.net/a", atRoot)).toEqual({ rel: "noopener noreferrer" });
    expect(contentLink("http://news.example.net/a", atRoot)).toEqual({ rel: "noopener noreferrer" });
  });

  it("leaves the site's own full addresses, fragments and relative links alone", () => {
    expect(contentLink("https://example.org/faq/", atRoot)).toEqual({});
    expect(contentLink("#why", atRoot)).toEqual({});
    expect(contentLink("../demands/", atRoot)).toEqual({});
  });

  it("puts the site's folder in front of site paths", () => {
    expect(contentLink("/demands/#free-the-prisoners", inFolder)).toEqual({
      href: "/campaign/demands/#free-the-prisoners",
    });
    expect(contentLink("/demands/", atRoot)).toEqual({});
    // An editor who already wrote the folder is not given it twice.
    expect(contentLink("/campaign/demands/", inFolder)).toEqual({});
  });

  it("treats //host links as other sites", () => {
    expect(contentLink("//news.example.net/a", atRoot)).toEqual({ rel: "noopener noreferrer" });
  });

  it("percent-encodes mailto addresses and keeps the subject", () => {
    expect(contentLink("mailto:info@example.org?subject=Hello%20there", atRoot)).toEqual({
      href: "mailto:info%40example.org?subject=Hello%20there",
    });
    expect(contentLink("mailto:a@example.org,b@example.org", atRoot)).toEqual({
      href: "mailto:a%40example.org,b%40example.org",
    });
  });
});

describe("e-mail addresses in the HTML", () => {
  const decode = (html: string) =>
    html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, "&");

  it("hides the address from a harvester's pattern but not from the reader", () => {
    const html = obfuscatedEmailHtml("info@example.org");
    expect(html).not.toMatch(/\w@\w/);
    expect(decode(html)).toBe("info@example.org");
  });

  it("escapes anything HTML would read as markup", () => {
    expect(obfuscatedEmailHtml('a<b>"&@x')).not.toMatch(/[<>"]|&(?!#|amp;|lt;|gt;|quot;)/);
  });

  it("writes mailto addresses a mail app decodes", () => {
    expect(mailtoAddress("info@example.org")).toBe("info%40example.org");
    expect(decodeURIComponent(mailtoAddress("info@example.org"))).toBe("info@example.org");
  });
});
