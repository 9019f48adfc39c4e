/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F)
 * make resvg reject the whole SVG; a stray one pasted into a title must not
 * break the build.
 */
const NOT_XML_CHARACTER = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * Text made safe inside an element or a quoted attribute of SVG, XML or HTML: the share images'
 * SVG, the web editor's page, the pages Pagefind reads.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(NOT_XML_CHARACTER, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}
