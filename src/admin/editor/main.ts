import CMS, { type CmsConfig } from "@sveltia/cms";
import { EDITOR_COMPONENTS } from "../editor-components.ts";
import { EntryFiles, type FileShape } from "./entry-file.ts";
import { translationStamps, type SavingEntry } from "./translations.ts";

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
for (const [name, { extension, collection, shape }] of Object.entries(setup.formats)) {
  const files = new EntryFiles(shape);
  filesByCollection.set(collection, files);
  cms.registerCustomFormat(name, extension, {
    fromFile: (text) => files.read(text),
    toFile: (value) => files.write(value as Record<string, unknown>),
  });
}

for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);

cms.registerEventListener({
  name: "preSave",
  handler: async ({ entry }) => {
    const map = entry as unknown as EntryMap;
    const plain = map.toJS();
    const files = filesByCollection.get(plain.collection);
    if (!files) return entry;
    let updated = map.deleteIn(["data", "translatedFrom"]);
    const stamps = await translationStamps(plain, files);
    for (const [locale, stamp] of Object.entries(stamps)) {
      updated = updated.setIn(["i18n", locale, "data", "translatedFrom"], stamp);
    }
    return updated as unknown as typeof entry;
  },
});

await cms.init({ config: setup.config });
