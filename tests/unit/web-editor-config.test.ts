import { readFileSync } from "node:fs";
import type { Field } from "@sveltia/cms";
import { Ajv } from "ajv";
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { cmsConfig, collectionSchema, DEFAULT_API, IMAGE_SRC, RELATIONS } from "../../src/admin/cms-config";
import { SOURCE_KEY } from "../../src/admin/editor/entry-file";
import { EDITOR_COMPONENT_IDS } from "../../src/admin/editor-components";
import { editorPolicy } from "../../src/admin/page";
import { MDX_COMPONENT_NAMES } from "../../src/components/mdx/names";
import type { Settings } from "../../src/schemas/settings";
import { COLLECTION_LAYOUT, type CollectionName } from "../../src/site/content-layout";
import { loadSettings } from "../../src/site/settings";

/**
 * The web editor's configuration is generated from the zod schemas (src/admin/). These tests
 * hold it against the schemas read another way, through zod's own JSON Schema output, and
 * against the CMS's own JSON Schema for its configuration: a schema change the editor's forms
 * did not follow, or a configuration the CMS would refuse, fails here.
 */

const settings = loadSettings();
const config = cmsConfig({ settings, siteUrl: "https://example.org/" });
const collections = config.collections as { name: CollectionName; fields: Field[] }[];

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  description?: string;
};

/** The schema as zod itself describes it to other tools: what a form must follow. */
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    // An image's src is whatever the site passes; here, a marker the form shows as an upload.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === IMAGE_SRC) jsonSchema["x-image"] = true;
    },
  }) as JsonSchema;

/** The fields an editor fills in: the body and the editor's own bookkeeping are not in the schema. */
const schemaFields = (fields: Field[]) => fields.filter(({ name }) => name !== "body" && name !== SOURCE_KEY);

/** Every way a form field can fail to follow its schema property, as readable lines. */
function mismatches(path: string, field: Field, property: JsonSchema, required: boolean): string[] {
  const found: string[] = [];
  const f = field as Field & Record<string, unknown>;
  const problem = (what: string) => found.push(`${path}: ${what}`);
  if (field.name === "translatedFrom") {
    if (f["widget"] !== "hidden") problem("translatedFrom must be filled in by the editor, hidden");
    return found;
  }
  if ((f["required"] !== false) !== required)
    problem(`required is ${String(f["required"])}, the schema says ${required}`);
  if (property.description && f["hint"] !== property.description)
    problem("hint is not the schema's description");
  const variants = property.anyOf ?? [property];
  const isDate =
    variants.some((variant) => Object.keys(variant).length === 0) &&
    variants.some((v) => v.type === "string");
  if (isDate) {
    if (f["widget"] !== "datetime" || f["type"] !== "date") problem("a calendar date must be a date picker");
    return found;
  }
  if ((property as Record<string, unknown>)["x-image"]) {
    if (f["widget"] !== "image") problem("an image must be an upload");
    return found;
  }
  if (property.enum) {
    if (f["widget"] !== "select") problem("an enum must be a select");
    if (JSON.stringify(f["options"]) !== JSON.stringify(property.enum))
      problem("options differ from the enum");
    return found;
  }
  switch (property.type) {
    case "string": {
      if (!["string", "text"].includes(String(f["widget"]))) problem(`text is a ${String(f["widget"])}`);
      if (f["maxlength"] !== property.maxLength)
        problem(`maxlength ${String(f["maxlength"])} ≠ ${property.maxLength}`);
      const min = property.minLength && property.minLength > 1 ? property.minLength : undefined;
      if (f["minlength"] !== min) problem(`minlength ${String(f["minlength"])} ≠ ${min}`);
      const pattern = (f["pattern"] as [string, string] | undefined)?.[0];
      if (pattern !== property.pattern) problem(`pattern ${pattern} ≠ ${property.pattern}`);
      break;
    }
    case "boolean":
      if (f["widget"] !== "boolean") problem("a boolean must be a switch");
      break;
    case "integer":
    case "number":
      if (f["widget"] !== "number") problem("a number must be a number field");
      {
        // A whole number is a "safe integer" to zod: those bounds are no limit an editor meets.
        const minimum = property.minimum === Number.MIN_SAFE_INTEGER ? undefined : property.minimum;
        const maximum = property.maximum === Number.MAX_SAFE_INTEGER ? undefined : property.maximum;
        if (f["min"] !== minimum) problem(`min ${String(f["min"])} ≠ ${minimum}`);
        if (f["max"] !== maximum) problem(`max ${String(f["max"])} ≠ ${maximum}`);
      }
      if ((f["value_type"] === "int") !== (property.type === "integer"))
        problem("whole numbers only, or not");
      break;
    case "array": {
      if (f["max"] !== property.maxItems) problem(`max ${String(f["max"])} ≠ ${property.maxItems}`);
      if (f["min"] !== property.minItems) problem(`min ${String(f["min"])} ≠ ${property.minItems}`);
      const collection = (RELATIONS as Record<string, string>)[field.name];
      if (collection) {
        if (f["widget"] !== "relation" || f["collection"] !== collection || f["multiple"] !== true)
          problem(`must offer the existing ${collection}`);
        break;
      }
      if (f["widget"] !== "list" || !f["field"]) problem("a list must be a list of fields");
      else found.push(...mismatches(`${path}[]`, f["field"] as Field, property.items ?? {}, true));
      break;
    }
    case "object": {
      if (f["widget"] !== "object") problem("a nested block must be an object");
      found.push(...objectMismatches(path, (f["fields"] as Field[]) ?? [], property));
      break;
    }
    default:
      problem(`no rule for a ${property.type} in this test`);
  }
  return found;
}

function objectMismatches(path: string, fields: Field[], schema: JsonSchema): string[] {
  const properties = schema.properties ?? {};
  const names = fields.map(({ name }) => name);
  const found: string[] = [];
  for (const name of Object.keys(properties))
    if (!names.includes(name)) found.push(`${path}.${name}: missing from the form`);
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) found.push(`${path}.${field.name}: in the form but not in the schema`);
    else
      found.push(
        ...mismatches(`${path}.${field.name}`, field, property, (schema.required ?? []).includes(field.name)),
      );
  }
  return found;
}

const fieldsOfCollection = (name: CollectionName) =>
  collections.find((collection) => collection.name === name)?.fields ?? [];

describe("the web editor's configuration, generated from the schemas", () => {
  it("validates against the CMS's own JSON Schema for its configuration", () => {
    const cmsSchema = JSON.parse(
      readFileSync("node_modules/@sveltia/cms/schema/sveltia-cms.json", "utf8"),
    ) as object;
    // Formats (uri, regex) are the CMS's documentation more than its rules; ajv would only warn.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const valid = ajv.validate(cmsSchema, config);
    expect(ajv.errors ?? [], ajv.errorsText(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(ajv.validate(cmsSchema, { ...config, backend: { name: "svn", repo: "iac/site" } })).toBe(false);
  });

  it("has one collection per content folder, in its folder, with one folder per language", () => {
    expect(collections.map(({ name }) => name).sort()).toEqual(Object.keys(COLLECTION_LAYOUT).sort());
    for (const collection of config.collections ?? []) {
      const { name, folder, extension } = collection as {
        name: CollectionName;
        folder: string;
        extension: string;
      };
      expect(folder).toBe(`content/${COLLECTION_LAYOUT[name].folder}`);
      expect(COLLECTION_LAYOUT[name].extensions).toContain(extension);
    }
    expect(config.i18n).toMatchObject({
      structure: "multiple_folders",
      locales: settings.languages.map(({ code }) => code),
      default_locale: settings.defaultLanguage,
    });
  });

  it.each(Object.keys(COLLECTION_LAYOUT) as CollectionName[])(
    "%s: every field follows its schema (presence, required, limits, patterns, choices, dates, lists, blocks)",
    (name) => {
      const schema = jsonSchemaOf(collectionSchema(name));
      expect(objectMismatches(name, schemaFields(fieldsOfCollection(name)), schema)).toEqual([]);
    },
  );

  it("notices a form that does not follow its schema", () => {
    const fields = structuredClone(schemaFields(fieldsOfCollection("statements")));
    const title = fields.find(({ name }) => name === "title") as Record<string, unknown>;
    title["maxlength"] = 120;
    const withoutTags = fields.filter(({ name }) => name !== "tags");
    const found = objectMismatches("statements", withoutTags, jsonSchemaOf(collectionSchema("statements")));
    expect(found).toContain("statements.title: maxlength 120 ≠ 90");
    expect(found).toContain("statements.tags: missing from the form");
  });

  it("shares ids, dates, choices, numbers and switches across languages, and translates text", () => {
    const shared = fieldsOfCollection("actions").filter(
      (field) => (field as { i18n?: unknown }).i18n === "duplicate",
    );
    expect(shared.map(({ name }) => name).sort()).toEqual([
      "deadline",
      "demands",
      "draft",
      "kind",
      "priority",
      "status",
      "tags",
    ]);
    const statement = fieldsOfCollection("statements");
    const image = statement.find(({ name }) => name === "image") as {
      fields: (Field & { i18n?: unknown })[];
    };
    expect(image.fields.map(({ name, i18n }) => [name, i18n])).toEqual([
      ["src", "duplicate"],
      ["alt", true],
    ]);
    expect(statement.find(({ name }) => name === "body")).toMatchObject({ widget: "markdown", i18n: true });
  });

  it("offers the four editor components in the body, and they are all components the site knows", () => {
    const body = fieldsOfCollection("statements").find(({ name }) => name === "body") as {
      editor_components: string[];
    };
    expect(body.editor_components).toEqual(["PullQuote", "Aside", "Demands", "CallToAction"]);
    for (const id of EDITOR_COMPONENT_IDS) expect(MDX_COMPONENT_NAMES).toContain(id);
  });

  it("uploads photos beside the entries, where the content check reads them, on a path every language shares", () => {
    for (const collection of config.collections ?? []) {
      const { folder } = collection as { folder: string };
      expect(collection).toMatchObject({ media_folder: `/${folder}/images`, public_folder: "../images" });
    }
    expect(config.media_folder).toMatch(/^content\/_/);
  });

  it("publishes to the repository settings.yaml names, through that host's API", () => {
    const editor = { git: "gitlab", repo: "iac/site", api: "https://git.example.org/api/v4" } as const;
    const withGitLab = cmsConfig({ settings: { ...settings, editor }, siteUrl: "https://example.org/" });
    expect(withGitLab.backend).toMatchObject({
      name: "gitlab",
      repo: "iac/site",
      api_root: editor.api,
      auth_methods: ["token"],
    });
  });
});

describe("the web editor's page policy", () => {
  const directives = (policy: string[]) =>
    Object.fromEntries(policy.map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));
  const withEditor = (editor: Settings["editor"]) => directives(editorPolicy({ ...settings, editor }));

  it("runs only the site's own scripts, never eval, and talks to the chosen git host's API only", () => {
    for (const git of ["github", "gitlab", "gitea"] as const) {
      const policy = withEditor({ git, repo: "iac/site" });
      expect(policy["default-src"]).toEqual(["'none'"]);
      expect(policy["script-src"]).toEqual(["'self'"]);
      expect(policy["connect-src"]).toEqual(["'self'", "data:", new URL(DEFAULT_API[git]).origin]);
      expect(Object.values(policy).flat().join(" ")).not.toMatch(/unsafe-eval|\*/);
    }
    expect(
      withEditor({ git: "gitea", repo: "iac/site", api: "https://git.example.org/api/v1" })["connect-src"],
    ).toEqual(["'self'", "data:", "https://git.example.org"]);
    expect(withEditor(undefined)["connect-src"]).toEqual(["'self'", "data:"]);
  });
});
