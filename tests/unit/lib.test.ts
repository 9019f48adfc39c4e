import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { t, useTranslations } from "../../src/i18n/ui";
import { mailtoHref } from "../../src/lib/mailto";
import { platformName } from "../../src/lib/platforms";
import { hasPrintQr, printedPagePath, printQrFile } from "../../src/lib/print-qr-paths";
import { documentTitle, TITLE_LIMIT } from "../../src/lib/titles";
import { joinPath, localizedPath, splitEntryId } from "../../src/lib/urls";
import { readMailto } from "../support/mailto";

describe("mailtoHref", () => {
  it("joins recipients with commas and keeps @ readable", () => {
    const href = mailtoHref({
      to: ["office@example.org", "press@example.org"],
      subject: "Hi",
      body: "Hello",
    });
    expect(href).toBe("mailto:office%40example.org,press%40example.org?subject=Hi&body=Hello");
  });

  it("encodes spaces as %20, never as +", () => {
    const href = mailtoHref({
      to: ["a@example.org"],
      subject: "Stop arming Israel",
      body: "Dear official, please act.",
    });
    expect(href).toContain("subject=Stop%20arming%20Israel");
    expect(href).toContain("body=Dear%20official%2C%20please%20act.");
    expect(href).not.toContain("+");
  });

  it("encodes a literal plus sign so it is not read as a space", () => {
    const href = mailtoHref({ to: ["a@example.org"], subject: "1+1", body: "x" });
    expect(href).toContain("subject=1%2B1");
    expect(readMailto(href).fields["subject"]).toBe("1+1");
  });

  it("sends line breaks as %0D%0A", () => {
    const href = mailtoHref({ to: ["a@example.org"], subject: "S", body: "Dear official,\n\nThank you.\n" });
    expect(href).toContain("body=Dear%20official%2C%0D%0A%0D%0AThank%20you.%0D%0A");
    expect(href).not.toMatch(/%0A(?<!%0D%0A)/);
  });

  it("does not double the carriage return of a body already written with CRLF", () => {
    const href = mailtoHref({ to: ["a@example.org"], subject: "S", body: "one\r\ntwo" });
    expect(href).toContain("body=one%0D%0Atwo");
  });

  it("encodes & ? = and # so the subject and body cannot break the link", () => {
    const subject = "Arms & money? Stop=now #ceasefire";
    const body = "Question: who pays? Answer: we do & they profit. 100% true.";
    const href = mailtoHref({ to: ["a@example.org"], subject, body });
    const query = href.slice(href.indexOf("?") + 1);
    expect(query.split("&")).toHaveLength(2);
    expect(query).not.toMatch(/[?#]/);
    expect(readMailto(href).fields).toEqual({ subject, body });
  });

  it("round-trips Arabic and Spanish text exactly", () => {
    const subject = "¿Qué? غزة";
    const body = "Señor diputado:\nأوقفوا الحرب على غزة\n¡Basta ya!";
    const href = mailtoHref({ to: ["a@example.org"], subject, body });
    expect(href).toMatch(/^[\x21-\x7e]+$/); // nothing left un-encoded
    expect(href).toContain("subject=%C2%BFQu%C3%A9%3F%20%D8%BA%D8%B2%D8%A9");
    const { fields } = readMailto(href);
    expect(fields["subject"]).toBe(subject);
    expect(fields["body"]).toBe(body.replace(/\n/g, "\r\n"));
  });

  it("keeps each recipient whole when read back", () => {
    const to = ["first.last@example.org", "me+campaign@example.org"];
    expect(readMailto(mailtoHref({ to, subject: "S", body: "B" })).to).toEqual(to);
  });
});

describe("joinPath", () => {
  it("gives / for the home page", () => {
    expect(joinPath("/")).toBe("/");
    expect(joinPath("/campaign/")).toBe("/campaign/");
  });

  it("joins segments under base / with one trailing slash", () => {
    expect(joinPath("/", "statements", "keep-mobilizing")).toBe("/statements/keep-mobilizing/");
  });

  it("joins segments under a base such as /campaign/", () => {
    expect(joinPath("/campaign/", "faq")).toBe("/campaign/faq/");
    expect(joinPath("/campaign", "faq")).toBe("/campaign/faq/");
  });

  it("never doubles slashes, whatever slashes the segments carry", () => {
    expect(joinPath("/campaign/", "/statements/", "/x/")).toBe("/campaign/statements/x/");
    expect(joinPath("//", "a//b", "")).toBe("/a/b/");
  });
});

describe("localizedPath", () => {
  it("gives the default language no prefix", () => {
    expect(localizedPath("/", "en", "en")).toBe("/");
    expect(localizedPath("/", "en", "en", "actions")).toBe("/actions/");
  });

  it("prefixes other languages with their code", () => {
    expect(localizedPath("/", "ar", "en")).toBe("/ar/");
    expect(localizedPath("/", "es", "en", "actions", "join")).toBe("/es/actions/join/");
  });

  it("puts the language after the base path", () => {
    expect(localizedPath("/campaign/", "ar", "en", "faq")).toBe("/campaign/ar/faq/");
    expect(localizedPath("/campaign/", "en", "en", "faq")).toBe("/campaign/faq/");
  });

  it("follows whichever language is the default", () => {
    expect(localizedPath("/", "en", "es", "faq")).toBe("/en/faq/");
    expect(localizedPath("/", "es", "es", "faq")).toBe("/faq/");
  });
});

describe("splitEntryId", () => {
  it("splits a content id into language and slug", () => {
    expect(splitEntryId("en/free-the-prisoners")).toEqual({ lang: "en", slug: "free-the-prisoners" });
  });

  it("keeps the rest of a deeper id as the slug", () => {
    expect(splitEntryId("ar/2025/statement")).toEqual({ lang: "ar", slug: "2025/statement" });
  });

  it("gives an empty slug for an id without a slash", () => {
    expect(splitEntryId("en")).toEqual({ lang: "en", slug: "" });
  });
});

describe("t (interface text)", () => {
  it("returns the English text", () => {
    expect(t("en", "nav.faq")).toBe("FAQ");
  });

  it("falls back to English for a language with no dictionary", () => {
    expect(t("fr", "nav.actions")).toBe(en["nav.actions"]);
    expect(t("fr", "nav.actions")).toBe("Take action");
  });

  it("uses a language's own dictionary where it has one", () => {
    expect(t("es", "nav.home")).toBe("Inicio");
    expect(t("ar", "actions.deadline", { date: "30 يونيو" })).toContain("30 يونيو");
  });

  it("fills in a {name} placeholder", () => {
    expect(t("en", "actions.deadline", { date: "June 30, 2025" })).toBe("Until June 30, 2025");
  });

  it("fills in a number", () => {
    expect(t("en", "actions.deadline", { date: 2025 })).toBe("Until 2025");
  });

  it("leaves a placeholder with no value as it is", () => {
    expect(t("en", "actions.deadline")).toBe("Until {date}");
    expect(t("en", "actions.deadline", { day: "Monday" })).toBe("Until {date}");
  });

  it("inserts values literally, even with $ signs", () => {
    expect(t("en", "actions.deadline", { date: "$& $1 $$" })).toBe("Until $& $1 $$");
  });

  it("useTranslations binds the language", () => {
    const translate = useTranslations("fr");
    expect(translate("nav.home")).toBe("Home");
    expect(translate("actions.deadline", { date: "30 juin" })).toBe("Until 30 juin");
  });
});

describe("documentTitle", () => {
  const home = { isHome: true as const, name: "International Action Center", shortName: "IAC" };

  it("names the page, then the organization", () => {
    expect(documentTitle({ isHome: false, title: "Demands", shortName: "IAC" })).toBe("Demands · IAC");
  });

  it("drops the organization, then cuts at a word, rather than let a long title be cut off", () => {
    const question = "Why does the International Criminal Court charge Netanyahu and Gallant?";
    expect(documentTitle({ isHome: false, title: question.slice(0, 66), shortName: "IAC" })).toBe(
      question.slice(0, 66),
    );
    const long = `${question} And what does it mean for the movement here?`;
    const title = documentTitle({ isHome: false, title: long, shortName: "IAC" });
    expect(title).toBe("Why does the International Criminal Court charge Netanyahu and…");
    expect(title.length).toBeLessThanOrEqual(TITLE_LIMIT);
  });

  it("gives the home page the name and tagline when they fit", () => {
    expect(documentTitle({ ...home, tagline: "Against war." })).toBe(
      "International Action Center: Against war.",
    );
  });

  it("falls back to the short name, then the name alone, rather than be cut off", () => {
    const medium = "Against war and occupation, in solidarity with Palestine.";
    expect(documentTitle({ ...home, tagline: medium })).toBe(`IAC: ${medium}`);
    expect(documentTitle({ ...home, tagline: "x".repeat(TITLE_LIMIT) })).toBe("International Action Center");
  });

  it("counts what a reader sees, not UTF-16 units", () => {
    // 60 Arabic letters with a combining mark on each: 120 code units, 60 graphemes.
    const tagline = "بً".repeat(60);
    expect(documentTitle({ ...home, shortName: "م", tagline })).toBe(`م: ${tagline}`);
  });
});

describe("platformName", () => {
  it("names the site a video, post or map lives on, as readers know it", () => {
    expect(platformName("https://www.youtube.com/watch?v=VIDEO_ID")).toBe("YouTube");
    expect(platformName("https://youtu.be/VIDEO_ID")).toBe("YouTube");
    expect(platformName("https://m.facebook.com/page/posts/1")).toBe("Facebook");
    expect(platformName("https://twitter.com/handle/status/1")).toBe("X");
    expect(platformName("https://www.google.com/maps/place/x")).toBe("Google Maps");
    expect(platformName("https://www.google.com/search?q=x")).toBe("google.com");
    expect(platformName("https://news.example.com/story")).toBe("news.example.com");
  });
});

describe("print QR codes", () => {
  it("leads a printed later page of a list back to the list", () => {
    expect(printedPagePath("/statements/page/3/")).toBe("/statements/");
    expect(printedPagePath("/campaign/ar/topics/gaza/page/12/")).toBe("/campaign/ar/topics/gaza/");
    expect(printedPagePath("/demands/ceasefire/page/2/")).toBe("/demands/ceasefire/");
  });

  it("leads every other page back to itself, a topic or statement named page included", () => {
    for (const page of ["/", "/statements/", "/topics/page/", "/statements/page-one/", "/archive/2024/"])
      expect(printedPagePath(page)).toBe(page);
    expect(printedPagePath("/topics/page/page/2/")).toBe("/topics/page/");
  });

  it("gives a code of its own only to a page that leads back to itself", () => {
    expect(hasPrintQr("statements/keep-mobilizing/")).toBe(true);
    expect(hasPrintQr("ar/topics/gaza/")).toBe(true);
    expect(hasPrintQr("ar/topics/gaza/page/2/")).toBe(false);
    expect(hasPrintQr("leaflets/statements/keep-mobilizing/")).toBe(false);
    expect(hasPrintQr("404.html")).toBe(false);
    expect(printQrFile("/ar/statements/x/")).toBe("ar/statements/x/qr.svg");
  });
});
