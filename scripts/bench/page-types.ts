/**
 * The kinds of page a reader meets, named from a built page's path. Other
 * languages live under their code (/ar/faq/), which is dropped first.
 */
export type PageType =
  | "home"
  | "statement"
  | "FAQ"
  | "FAQ answer"
  | "action"
  | "leaflets page"
  | "leaflet sheet"
  | "statement list"
  | "action list"
  | "demands"
  | "about"
  | "404";

/** The page types the bench reports one by one, in this order. */
export const REPORTED_PAGE_TYPES: readonly PageType[] = [
  "home",
  "statement",
  "FAQ",
  "FAQ answer",
  "action",
  "leaflets page",
  "leaflet sheet",
];

/** `page` is relative to the site folder ("ar/statements/x/index.html"); `lang` is its <html lang>. */
export function pageTypeOf(page: string, lang: string): PageType | undefined {
  const parts = page
    .replace(/(^|\/)index\.html$/, "")
    .split("/")
    .filter(Boolean);
  if (parts[0] === lang) parts.shift();
  const [section, second, third] = parts;
  if (section === undefined) return "home";
  if (section === "404.html") return "404";
  if (section === "statements") return second && second !== "page" ? "statement" : "statement list";
  if (section === "actions") return second ? "action" : "action list";
  if (section === "faq") return second ? "FAQ answer" : "FAQ";
  if (section === "demands") return "demands";
  if (section === "about") return "about";
  if (section === "leaflets") return third ? "leaflet sheet" : second ? undefined : "leaflets page";
  return undefined;
}
