import CMS, { type CmsConfig } from "@sveltia/cms";
import { EDITOR_COMPONENTS } from "../editor-components.ts";
import { EntryFiles, SOURCE_KEY, type FileShape } from "./entry-file.ts";
import { STAMP_PENDING, TranslationStamps, type SavingEntry } from "./translations.ts";

/**
 * The web editor's page script: Sveltia CMS, bundled from its npm package
 * (never loaded from a CDN), taught the site's file formats and MDX components,
 * and started with the configuration generated from the schemas
 * (src/admin/cms-config.ts).
 */

export interface EditorSetup {
  config: CmsConfig;
  /** Each collection's file format, by the format name its collection names. */
  formats: Record<string, { extension: string; collection: string; shape: FileShape }>;
}

declare const __EDITOR_SETUP__: EditorSetup;

/** The entry as an Immutable.js Map, as far as this script uses it. */
interface EntryMap {
  get(key: string): unknown;
  toJS(): SavingEntry & { collection: string };
  setIn(path: string[], value: unknown): EntryMap;
  deleteIn(path: string[]): EntryMap;
}

const setup = __EDITOR_SETUP__;
const cms = CMS;

const filesByCollection = new Map<string, EntryFiles>();
const stamps = new TranslationStamps();
for (const [name, { extension, collection, shape }] of Object.entries(setup.formats)) {
  const files = new EntryFiles(shape);
  filesByCollection.set(collection, files);
  cms.registerCustomFormat(name, extension, {
    fromFile: (text) => files.read(text),
    toFile: async (value) => {
      const data = await stamps.stamp(value as Record<string, unknown>);
      const text = files.write(data);
      // What the editor stores is this text trimmed, with one final newline.
      stamps.written(data, `${text.trim()}\n`);
      return text;
    },
  });
}

for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);

cms.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    const map = entry as unknown as EntryMap;
    const plain = map.toJS();
    const files = filesByCollection.get(plain.collection);
    if (!files) return entry;
    // The default language never carries translatedFrom.
    let updated = map.deleteIn(["data", "translatedFrom"]);
    const { originalId, stamped } = stamps.prepare(plain, files);
    if (originalId) updated = updated.setIn(["data", SOURCE_KEY], originalId);
    for (const locale of stamped)
      updated = updated.setIn(["i18n", locale, "data", "translatedFrom"], STAMP_PENDING);
    return updated as unknown as typeof entry;
  },
});

await cms.init({ config: setup.config });
