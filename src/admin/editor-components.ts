import type { EditorComponentDefinition } from "@sveltia/cms";
import type { MdxComponentName } from "../components/mdx/names.ts";

/**
 * The MDX components editors may use (src/components/mdx/), as blocks in the
 * web editor's text field (the `m` flag makes the CMS treat each as a block of
 * its own, never inline beside another): each is read from its one-line MDX form into a small
 * form, and written back in exactly that form, so an entry opened and saved
 * unchanged keeps every byte. MediaLink is left to the Markdown source view:
 * its address needs the content check's reading of which hosts are allowed.
 */

/** Characters that would start a tag or an expression in MDX, written escaped in text. */
const escapeText = (text: string) => text.replace(/[{}<\\]/g, (character) => `\\${character}`);
const unescapeText = (text: string) => text.replace(/\\([{}<\\])/g, "$1");
/** MDX attribute strings have no backslash escapes; a double quote is written as &quot;. */
const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
const unescapeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
/** A text field holds one paragraph: line breaks would end the component's line. */
const oneLine = (text: unknown) =>
  String(text ?? "")
    .replace(/\s*\n\s*/g, " ")
    .trim();

type Definition = EditorComponentDefinition & { id: MdxComponentName };

export const PULL_QUOTE: Definition = {
  id: "PullQuote",
  label: "Pull quote",
  icon: "format_quote",
  fields: [
    {
      name: "text",
      label: "Quote",
      widget: "text",
      hint: "One of the statement's own lines, set large between two rules.",
    },
  ],
  pattern: /^<PullQuote>(.*)<\/PullQuote>$/m,
  fromBlock: (match) => ({ text: unescapeText(match[1] ?? "") }),
  toBlock: ({ text }) => `<PullQuote>${escapeText(oneLine(text))}</PullQuote>`,
  toPreview: ({ text }) => `<blockquote><p>${String(text ?? "")}</p></blockquote>`,
};

export const ASIDE: Definition = {
  id: "Aside",
  label: "Aside",
  icon: "sticky_note_2",
  fields: [
    { name: "title", label: "Title", widget: "string", hint: "A few words that say what the note is about." },
    { name: "text", label: "Note", widget: "text", hint: "A side note set apart from the main text." },
  ],
  pattern: /^<Aside title="([^"]*)">(.*)<\/Aside>$/m,
  fromBlock: (match) => ({ title: unescapeAttribute(match[1] ?? ""), text: unescapeText(match[2] ?? "") }),
  toBlock: ({ title, text }) =>
    `<Aside title="${escapeAttribute(oneLine(title))}">${escapeText(oneLine(text))}</Aside>`,
  toPreview: ({ title, text }) =>
    `<aside><p><strong>${String(title ?? "")}</strong></p><p>${String(text ?? "")}</p></aside>`,
};

export const DEMANDS: Definition = {
  id: "Demands",
  label: "The demands",
  icon: "format_list_numbered",
  // The list itself comes from content/demands/: nothing to fill in.
  fields: [],
  pattern: /^<Demands \/>$/m,
  fromBlock: () => ({}),
  toBlock: () => "<Demands />",
  toPreview: () => "<p>[All the campaign's demands, numbered, in the page's language]</p>",
};

export const CALL_TO_ACTION: Definition = {
  id: "CallToAction",
  label: "Call to action",
  icon: "campaign",
  fields: [
    {
      name: "id",
      label: "Action",
      widget: "relation",
      collection: "actions",
      value_field: "{{slug}}",
      display_fields: ["title"],
      search_fields: ["title"],
      hint: "The action to show, with its title, summary and a button to it.",
    },
  ],
  pattern: /^<CallToAction id="([a-z0-9-]*)" \/>$/m,
  fromBlock: (match) => ({ id: match[1] ?? "" }),
  toBlock: ({ id }) => `<CallToAction id="${String(id ?? "")}" />`,
  toPreview: ({ id }) => `<p>[Call to action: ${String(id ?? "")}]</p>`,
};

export const EDITOR_COMPONENTS: readonly Definition[] = [PULL_QUOTE, ASIDE, DEMANDS, CALL_TO_ACTION];

/** The ids the body field offers (the CMS's own image and code blocks are left out). */
export const EDITOR_COMPONENT_IDS: readonly MdxComponentName[] = EDITOR_COMPONENTS.map(({ id }) => id);
