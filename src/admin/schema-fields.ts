import type { Field } from "@sveltia/cms";
import type { z } from "astro/zod";
import { translatedFrom } from "../schemas/common.ts";

/**
 * Turns a zod schema into the web editor's form fields, by reading the schema
 * itself: every field, its help text from `.describe()`, whether it is required,
 * its length limits and pattern, enums as choices, calendar dates as date
 * pickers, id lists as pickers of existing entries, lists and nested blocks.
 * Nothing here repeats a rule the schema states, so the form cannot drift from it.
 */

/** zod's internal definition, as far as this file reads it (zod 4, `schema._zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

export interface FieldContext {
  /** The schema the site passes for an image's src; seen here, it becomes an image upload. */
  imageSrc: z.ZodType;
  /** Id-list fields by name, and the collection whose entries they name. */
  relations: Readonly<Record<string, string>>;
  /** Display field of each collection a relation points to (what the picker shows). */
  relationLabels: Readonly<Record<string, string>>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] =>
  (defOf(schema).checks ?? []).map((check) => check._zod.def);

/** Labels that a field's name alone would not make clear. */
const LABELS: Record<string, string> = {
  src: "Image file",
  alt: "Alt text (what the image shows)",
  to: "To",
};

/** "callToAction" → "Call to action". */
export function labelOf(name: string): string {
  const known = LABELS[name];
  if (known) return known;
  const words = name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Peels optional and default off a field, keeping what they say. */
export function unwrap(field: z.ZodType): Unwrapped {
  let schema = field;
  let required = true;
  let defaultValue: unknown;
  const description = field.description;
  for (;;) {
    const def = defOf(schema);
    if (def.type === "optional" && def.innerType) {
      required = false;
      schema = def.innerType;
    } else if (def.type === "default" && def.innerType) {
      required = false;
      defaultValue = def.defaultValue;
      schema = def.innerType;
    } else break;
  }
  return {
    schema,
    required,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    ...(description ? { description } : {}),
  };
}

/** A calendar date is a union of Date and text turned into a date (see calendarDate in common.ts). */
export function isCalendarDate(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type !== "pipe" || !def.in) return false;
  const input = defOf(def.in);
  return input.type === "union" && (input.options ?? []).some((option) => defOf(option).type === "date");
}

const lengthLimits = (schema: z.ZodType) => {
  const checks = checksOf(schema);
  const min = checks.find((check) => check.check === "min_length")?.minimum;
  const max = checks.find((check) => check.check === "max_length")?.maximum;
  return { min, max };
};

const regexOf = (schema: z.ZodType) =>
  checksOf(schema).find((check) => check.check === "string_format" && check.format === "regex")?.pattern;

/**
 * The message the schema itself gives for a value its pattern refuses, so the form says
 * what the content check would.
 */
function patternMessage(schema: z.ZodType): string {
  const sample = "Not valid!";
  const result = schema.safeParse(sample);
  const message = result.success ? "is not in the expected form" : (result.error.issues[0]?.message ?? "");
  // Messages name the value first ("\"Not valid!\" is not a valid id: …"); the form shows them beside it.
  return `This value ${message.replace(new RegExp(`^.*?"${sample}"\\s*`), "")}`;
}

/** Free text is translated; ids, dates, numbers, choices and switches are the same in every language. */
function isFreeText(schema: z.ZodType): boolean {
  return defOf(schema).type === "string" && !regexOf(schema);
}

function withCommon(name: string, unwrapped: Unwrapped, field: Record<string, unknown>): Field {
  return {
    name,
    label: labelOf(name),
    ...(unwrapped.description ? { hint: unwrapped.description } : {}),
    required: unwrapped.required,
    ...field,
  } as Field;
}

/** A text field: one line up to 120 characters, a box beyond. */
function textField(schema: z.ZodType): Record<string, unknown> {
  const { min, max } = lengthLimits(schema);
  const pattern = regexOf(schema);
  return {
    widget: max !== undefined && max > 120 ? "text" : "string",
    ...(min !== undefined && min > 1 ? { minlength: min } : {}),
    ...(max !== undefined ? { maxlength: max } : {}),
    ...(pattern ? { pattern: [pattern.source, patternMessage(schema)] } : {}),
  };
}

/** Whether this field, or anything in it, holds text that is translated. */
function translates(schema: z.ZodType): boolean {
  const def = defOf(unwrap(schema).schema);
  if (def.type === "string") return isFreeText(unwrap(schema).schema);
  if (def.type === "array" && def.element) return translates(def.element);
  if (def.type === "object") return Object.values(def.shape ?? {}).some(translates);
  return false;
}

/** One schema field as an editor form field. */
export function fieldOf(name: string, field: z.ZodType, context: FieldContext): Field {
  if (field === translatedFrom) {
    // Filled in by the editor when a translation is saved (src/admin/editor/translations.ts).
    return { name, widget: "hidden", i18n: true };
  }
  const unwrapped = unwrap(field);
  const { schema, defaultValue } = unwrapped;
  const def = defOf(schema);
  const i18n = translates(schema) ? true : "duplicate";
  const common = (rest: Record<string, unknown>) =>
    withCommon(name, unwrapped, {
      i18n,
      ...(defaultValue === undefined ? {} : { default: defaultValue }),
      ...rest,
    });

  if (schema === context.imageSrc) {
    // The same photo in every language; its alt text is translated.
    return common({
      i18n: "duplicate",
      widget: "image",
      choose_url: false,
      accept: "image/jpeg,image/png,image/webp",
    });
  }
  if (isCalendarDate(schema)) return common({ widget: "datetime", type: "date", format: "YYYY-MM-DD" });
  switch (def.type) {
    case "string":
      return common(textField(schema));
    case "boolean":
      return common({ widget: "boolean" });
    case "enum":
      return common({ widget: "select", options: Object.values(def.entries ?? {}) });
    case "number": {
      const checks = checksOf(schema);
      const min = checks.find((check) => check.check === "greater_than")?.value;
      const max = checks.find((check) => check.check === "less_than")?.value;
      const integer = checks.some((check) => check.format === "safeint" || check.format === "int32");
      return common({
        widget: "number",
        value_type: integer ? "int" : "float",
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      });
    }
    case "array": {
      const { min, max } = lengthLimits(schema);
      const limits = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      const collection = context.relations[name];
      if (collection) {
        const label = context.relationLabels[collection] ?? "title";
        return common({
          widget: "relation",
          collection,
          multiple: true,
          value_field: "{{slug}}",
          display_fields: [label],
          search_fields: [label],
          ...limits,
        });
      }
      if (!def.element) throw new Error(`${name}: a list without an element type`);
      const item = fieldOf("item", def.element, context);
      return common({ widget: "list", field: { ...item, label: labelOf(name) }, ...limits });
    }
    case "object":
      return common({ widget: "object", collapsed: "auto", fields: fieldsOf(schema, context) });
    default:
      throw new Error(
        `${name}: the web editor has no form field for a zod ${def.type}; teach src/admin/schema-fields.ts`,
      );
  }
}

/** The fields of an object schema (a refined object counts as its object), in the schema's order. */
export function fieldsOf(schema: z.ZodType, context: FieldContext): Field[] {
  let def = defOf(schema);
  if (def.type === "pipe" && def.in) def = defOf(def.in);
  if (def.type !== "object" || !def.shape) throw new Error(`expected an object schema, found ${def.type}`);
  return Object.entries(def.shape).map(([name, field]) => fieldOf(name, field, context));
}

/** The object schema's fields by name (a refined object counts as its object). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let def = defOf(schema);
  if (def.type === "pipe" && def.in) def = defOf(def.in);
  return def.shape ?? {};
}
