import type { Backend, CmsConfig, EntryCollection, Field } from "@sveltia/cms";
import { z } from "astro/zod";
import { actionSchema } from "../schemas/action.ts";
import { demandSchema } from "../schemas/demand.ts";
import { faqSchema } from "../schemas/faq.ts";
import { pageSchema } from "../schemas/page.ts";
import type { EditorSettings, Settings } from "../schemas/settings.ts";
import { statementSchema } from "../schemas/statement.ts";
import { topicSchema } from "../schemas/topic.ts";
import { COLLECTION_LAYOUT, type CollectionName } from "../site/content-layout.ts";
import { EDITOR_COMPONENT_IDS } from "./editor-components.ts";
import type { FileShape } from "./editor/entry-file.ts";
import { SOURCE_KEY } from "./editor/entry-file.ts";
import { fieldsOf, shapeOf, unwrap, type FieldContext } from "./schema-fields.ts";

/**
 * The web editor's configuration (Sveltia CMS), generated from the zod schemas
 * and content/settings.yaml at build time. Nothing in it is written by hand
 * that the schemas already say: see schema-fields.ts.
 */

/** What the site passes as an image's src; the form shows an upload for it. */
export const IMAGE_SRC = z.string();

/**
 * Each collection's file format, registered on the editor's page (editor/main.ts). The CMS
 * accepts .mdx files only in a format whose name ends in "-frontmatter".
 */
export const formatName = (collection: CollectionName) =>
  COLLECTION_LAYOUT[collection].extensions[0] === "yaml"
    ? `campaign-${collection}`
    : `campaign-${collection}-frontmatter`;

/** Each collection's schema, its label in the editor and the field that names an entry. */
const COLLECTIONS = {
  statements: {
    schema: statementSchema(IMAGE_SRC),
    label: "Statements",
    singular: "Statement",
    title: "title",
  },
  actions: { schema: actionSchema, label: "Actions", singular: "Action", title: "title" },
  demands: { schema: demandSchema, label: "Demands", singular: "Demand", title: "title" },
  topics: { schema: topicSchema, label: "Topics", singular: "Topic", title: "name" },
  faq: { schema: faqSchema, label: "Questions", singular: "Question", title: "question" },
  pages: { schema: pageSchema, label: "Pages", singular: "Page", title: "title" },
} satisfies Record<CollectionName, { schema: z.ZodType; label: string; singular: string; title: string }>;

/** Each collection's schema, as the editor's form is made from it. */
export const collectionSchema = (name: CollectionName): z.ZodType => COLLECTIONS[name].schema;

/**
 * The fields that list ids of other entries, and the collection each names, as the content
 * check reads them (checkReferences in src/content-checks/check-content.ts): demands and
 * actions by their own name, and tags, which name topics.
 */
export const RELATIONS = { demands: "demands", actions: "actions", tags: "topics" } as const satisfies Record<
  string,
  CollectionName
>;

const SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

const context: FieldContext = {
  imageSrc: IMAGE_SRC,
  relations: RELATIONS,
  relationLabels: Object.fromEntries(Object.entries(COLLECTIONS).map(([name, { title }]) => [name, title])),
};

/** The API each git host answers at, unless the settings name a self-hosted one. */
export const DEFAULT_API: Record<EditorSettings["git"], string> = {
  github: "https://api.github.com",
  gitlab: "https://gitlab.com/api/v4",
  gitea: "https://gitea.com/api/v1",
};

/** The git host's API address: the one origin the editor's page may talk to besides the site. */
export const gitApi = (editor: EditorSettings): string => editor.api ?? DEFAULT_API[editor.git];

function backendOf(editor: EditorSettings | undefined): Backend {
  // Without settings, the editor still works on a local clone (README, "Editing on the web").
  if (!editor) return { name: "github", repo: "local/clone", auth_methods: ["token"] };
  const oauth = editor.oauth;
  return {
    name: editor.git,
    repo: editor.repo,
    ...(editor.branch ? { branch: editor.branch } : {}),
    ...(editor.api ? { api_root: editor.api } : {}),
    ...(oauth ? { base_url: oauth.url, ...(oauth.appId ? { app_id: oauth.appId } : {}) } : {}),
    // GitLab signs in without a server of the organization's own when the app is public (PKCE).
    ...(editor.git === "gitlab" && oauth?.appId ? { auth_type: "pkce" } : {}),
    auth_methods: oauth ? ["oauth", "token"] : ["token"],
    commit_messages: {
      create: "Add {{collection}} “{{slug}}” (web editor)",
      update: "Update {{collection}} “{{slug}}” (web editor)",
      delete: "Delete {{collection}} “{{slug}}” (web editor)",
      uploadMedia: "Upload “{{path}}” (web editor)",
      deleteMedia: "Delete “{{path}}” (web editor)",
    },
  } as Backend;
}

/** The Markdown body of an entry, with the components editors may use in it. */
const bodyField = (hint: string): Field => ({
  name: "body",
  label: "Text",
  widget: "markdown",
  i18n: true,
  hint,
  editor_components: [...EDITOR_COMPONENT_IDS],
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "quote",
    "bulleted-list",
    "numbered-list",
  ],
});

const BODY_HINTS: Partial<Record<CollectionName, string>> = {
  statements:
    "The statement, in Markdown. Insert a pull quote, an aside, the demands or a call to action from the Insert menu.",
  actions: "Why this action matters, in Markdown.",
  faq: "The answer, in Markdown.",
  pages: "The page's text, in Markdown.",
};

function collectionOf(name: CollectionName): EntryCollection {
  const { schema, label, singular, title } = COLLECTIONS[name];
  const { folder, extensions } = COLLECTION_LAYOUT[name];
  const extension = extensions[0];
  const bodyHint = BODY_HINTS[name];
  return {
    name,
    label,
    label_singular: singular,
    folder: `content/${folder}`,
    extension,
    format: formatName(name),
    i18n: true,
    identifier_field: title,
    slug: {
      template: `{{${title}}}`,
      editable: ["create"],
      pattern: [SLUG, "Use lowercase letters, digits and hyphens: the file name becomes the page's address."],
      hint: "The page's address: lowercase letters, digits and hyphens. It cannot change once saved.",
    },
    // Photos are saved in the collection's images/ folder, beside the language folders, where the
    // content check reads them. Every language's file reaches it by the same path (../images/…),
    // so a photo is shared by an entry's translations as it is.
    media_folder: `/content/${folder}/images`,
    public_folder: "../images",
    fields: [
      ...fieldsOf(schema, context),
      ...(bodyHint ? [bodyField(bodyHint)] : []),
      // Ties the form to the file it was read from, so a save changes only what changed
      // (editor/entry-file.ts). Never written to the file.
      { name: SOURCE_KEY, widget: "hidden", i18n: true },
    ],
  };
}

/** What each collection's file format needs: its kind, field order and the schema's defaults. */
export function fileShape(name: CollectionName): FileShape {
  const shape = shapeOf(COLLECTIONS[name].schema);
  const defaults = Object.fromEntries(
    Object.entries(shape).flatMap(([field, schema]) => {
      const { defaultValue } = unwrap(schema);
      return defaultValue === undefined ? [] : [[field, defaultValue]];
    }),
  );
  return {
    kind: COLLECTION_LAYOUT[name].extensions[0] === "yaml" ? "yaml" : "mdx",
    fields: Object.keys(shape),
    defaults,
    quoted: ["translatedFrom"],
  };
}

/** Every collection's format, by the format name its collection names. */
export function editorFormats(): Record<
  string,
  { extension: string; collection: CollectionName; shape: FileShape }
> {
  return Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      formatName(name),
      { extension: COLLECTION_LAYOUT[name].extensions[0], collection: name, shape: fileShape(name) },
    ]),
  );
}

export interface ConfigOptions {
  settings: Settings;
  /** The address the site is published at, for the editor's "view site" link. */
  siteUrl: string;
}

/** The whole configuration handed to CMS.init() on the editor's page. */
export function cmsConfig({ settings, siteUrl }: ConfigOptions): CmsConfig {
  const locales = settings.languages.map((language) => language.code);
  return {
    load_config_file: false,
    backend: backendOf(settings.editor),
    app_title: `${settings.shortName} editor`,
    // The site's own icon, rather than the CMS's, which it would read from a data: address.
    logo: { src: new URL("favicon.svg", siteUrl).pathname },
    site_url: siteUrl,
    show_preview_links: false,
    // Uploads go beside their entry (collection media_folder); nothing uses this global folder,
    // which the CMS requires. Starting with "_", the site ignores it.
    media_folder: "content/_uploads",
    media_libraries: {
      // A photo is redrawn in the browser before it is saved (as WebP, at most 2400 px a side):
      // its location, camera details and every other piece of metadata stay on the organizer's
      // device, never reaching the repository, whose history may be public. The content check
      // still refuses any photo that carries them (src/content-checks/photos.ts).
      default: {
        config: {
          transformations: { raster_image: { format: "webp", quality: 85, width: 2400, height: 2400 } },
        },
      },
      // Stock photo sites are other hosts, which this page's policy does not allow.
      stock_assets: false,
    },
    i18n: {
      structure: "multiple_folders",
      locales,
      default_locale: settings.defaultLanguage,
      // A new statement starts in the default language; translations are added when ready.
      initial_locales: "default",
    },
    slug: { encoding: "ascii", clean_accents: true },
    output: { omit_empty_optional_fields: true },
    collections: (Object.keys(COLLECTIONS) as CollectionName[]).map(collectionOf),
  };
}
