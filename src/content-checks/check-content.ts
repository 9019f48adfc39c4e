import { existsSync, readFileSync } from "node:fs";
import { closest, distance } from "fastest-levenshtein";
import path from "node:path";
import { z } from "astro/zod";
import { actionSchema } from "../schemas/action.ts";
import { demandSchema } from "../schemas/demand.ts";
import { faqSchema } from "../schemas/faq.ts";
import type { Settings } from "../schemas/settings.ts";
import { statementSchema } from "../schemas/statement.ts";
import { topicSchema } from "../schemas/topic.ts";
import { pageSchema } from "../schemas/page.ts";
import { COLLECTION_LAYOUT, type CollectionName } from "../site/content-layout.ts";
import { displayPath, problemsFromZod, type Problem } from "./problems.ts";
import { fingerprint } from "../site/fingerprint.ts";
import type { CheckedEntry } from "./checked-entry.ts";
import { checkComponentUses } from "./component-uses.ts";
import { findComponents } from "./mdx-components.ts";
import { filesUnder } from "./files-under.ts";
import { findOutsideContent } from "./outside-content.ts";
import { readEntry } from "./read-file.ts";
import { fileCheckKey, openFileCheckCache, type FileCheck, type FileCheckCache } from "./file-check-cache.ts";
import { checkPhotos } from "./photos.ts";
import { checkTranslations, type TranslationReport } from "./translations.ts";
import { publishedAddress } from "../site/address.ts";
import { graphemeLength } from "../lib/share-links.ts";
import { localizedPath } from "../lib/urls.ts";

/** In the checker an image is a path; whether the file exists is checked below. */
const imagePath = z.string({
  error: "must be the path of an image file, relative to this entry, such as ./images/march.jpg",
});

const SCHEMAS = {
  statements: statementSchema(imagePath),
  faq: faqSchema,
  actions: actionSchema,
  demands: demandSchema,
  topics: topicSchema,
  pages: pageSchema,
} satisfies Record<CollectionName, z.ZodType>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Skipped like Astro skips them: any part of the path starting with "_" or ".". */
function isParked(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith("_") || part.startsWith("."));
}

/**
 * Everything one file says about itself: it reads, it fits its collection's schema, its body names
 * nothing from another site, and which components it uses. Depends on nothing but its bytes, its
 * collection and the site's address, so it can be kept between runs (file-check-cache.ts).
 */
function checkFile(
  name: CollectionName,
  bytes: Uint8Array,
  extension: string,
  shown: string,
  siteHost: string,
): FileCheck {
  const format = (COLLECTION_LAYOUT[name].extensions as readonly string[]).includes("yaml")
    ? "yaml"
    : "markdown";
  const read = readEntry(bytes, format);
  if (!read.ok) return { problems: [read.problem] };
  const schema = SCHEMAS[name];
  const result = schema.safeParse(read.data);
  if (!result.success)
    return {
      problems: problemsFromZod(shown, result.error, schema).map(({ file: _, ...problem }) => problem),
    };
  const problems: FileCheck["problems"] = [];
  if (extension === "md" || extension === "mdx") {
    for (const { line, message } of findOutsideContent(read.body, read.bodyLine, extension, siteHost))
      problems.push({ message: `line ${line}: ${message}.` });
  }
  const uses = extension === "mdx" ? findComponents(read.body, read.bodyLine) : [];
  return {
    problems,
    entry: {
      data: result.data as Record<string, unknown>,
      body: read.body,
      uses,
      fingerprint: fingerprint(bytes),
    },
  };
}

function checkCollection(
  name: CollectionName,
  contentDir: string,
  languages: readonly string[],
  /** The published site's host: pictures and media from any other host are refused. */
  siteHost: string,
  cache: FileCheckCache | undefined,
): { entries: CheckedEntry[]; problems: Problem[] } {
  const { folder, extensions } = COLLECTION_LAYOUT[name];
  const root = path.join(contentDir, folder);
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();

  for (const file of filesUnder(root)) {
    const relative = path.relative(root, file);
    const extension = path.extname(file).slice(1);
    if (isParked(relative) || !(extensions as readonly string[]).includes(extension.toLowerCase())) continue;
    const shown = displayPath(file);
    const parts = relative.split(path.sep);
    const fail = (message: string, field?: string) =>
      problems.push(field ? { file: shown, field, message } : { file: shown, message });

    if (parts.length !== 2) {
      fail(
        `is not in a language folder: move it to content/${folder}/<language>/ (languages: ${languages.join(", ")})`,
      );
      continue;
    }
    const [language = "", base = ""] = parts;
    const slug = base.slice(0, -(extension.length + 1));
    if (!languages.includes(language)) {
      fail(
        `is in a folder "${language}" that is not a language of this site: use ${languages.join(", ")}, or add the language in content/settings.yaml`,
      );
      continue;
    }
    if (!SLUG.test(slug) || extension !== extension.toLowerCase()) {
      const suggested = slug
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      fail(
        `has a file name that cannot be a web address: use lowercase letters, digits and hyphens, such as "${suggested || "my-entry"}.${extension.toLowerCase()}"`,
      );
      continue;
    }
    const key = `${language}/${slug}`;
    const twin = seen.get(key);
    if (twin) {
      fail(`has the same name as ${twin}: two files cannot share an address; rename or delete one`);
      continue;
    }
    seen.set(key, shown);

    const bytes = readFileSync(file);
    const cacheName = `${name}/${relative.split(path.sep).join("/")}`;
    let check = cache?.get(cacheName, bytes);
    if (!check) {
      check = checkFile(name, bytes, extension, shown, siteHost);
      cache?.set(cacheName, bytes, check);
    }
    problems.push(...check.problems.map((problem) => ({ file: shown, ...problem })));
    if (!check.entry) continue;
    const { data, body, uses, fingerprint: print } = check.entry;
    // The files a component names may have come or gone since the file was last read.
    for (const message of checkComponentUses(uses, file, contentDir)) fail(message);
    entries.push({
      collection: name,
      language,
      slug,
      file,
      data,
      body,
      embeddedActions: uses.flatMap((use) =>
        use.name === "CallToAction" && use.attributes["id"]
          ? [{ id: use.attributes["id"], line: use.line }]
          : [],
      ),
      fingerprint: print,
    });
  }
  return { entries, problems };
}

/** Images must exist and stay inside content/, so a build never reaches into other folders. */
function checkImage(entry: CheckedEntry, contentDir: string): Problem[] {
  const image = entry.data["image"] as { src: string } | undefined;
  if (!image) return [];
  const file = displayPath(entry.file);
  const target = path.resolve(path.dirname(entry.file), image.src);
  if (path.relative(contentDir, target).startsWith("..") || path.isAbsolute(image.src)) {
    return [
      {
        file,
        field: "image.src",
        message: `"${image.src}" points outside the content folder: keep images inside content/`,
      },
    ];
  }
  if (!existsSync(target)) {
    return [
      {
        file,
        field: "image.src",
        message: `"${image.src}" does not exist: check the file name, relative to this file`,
      },
    ];
  }
  return [];
}

/**
 * Checks every reference to a demand or action. A reference is looked up in
 * the entry's own language first, then in the default language.
 */
function checkReferences(entries: readonly CheckedEntry[], defaultLanguage: string): Problem[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.language}/${entry.slug}`));
  const exists = (collection: CollectionName, language: string, id: string) =>
    known.has(`${collection}/${language}/${id}`) || known.has(`${collection}/${defaultLanguage}/${id}`);
  const available = (collection: CollectionName, language: string) =>
    [
      ...new Set(
        entries
          .filter(
            (e) => e.collection === collection && (e.language === language || e.language === defaultLanguage),
          )
          .map((e) => e.slug),
      ),
    ].sort();

  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const target of ["demands", "actions"] as const) {
      const ids = entry.data[target];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id: string, index) => {
        if (exists(target, entry.language, id)) return;
        const choices = available(target, entry.language);
        problems.push({
          file: displayPath(entry.file),
          field: `${target}[${index}]`,
          message: `"${id}" is not one of the ${target}: use ${choices.length ? choices.join(", ") : `an id from content/${target}/`} (the file name without its extension)`,
        });
      });
    }
    const tags = entry.data["tags"];
    if (Array.isArray(tags)) {
      tags.forEach((tag: string, index) => {
        if (exists("topics", entry.language, tag)) return;
        const choices = available("topics", entry.language);
        // Only a near miss is a typo: "gaza" is not a misspelt "ceasefire".
        const nearest = choices.length ? closest(tag, choices) : undefined;
        const guess = nearest && distance(tag, nearest) <= Math.max(2, tag.length / 3) ? nearest : undefined;
        problems.push({
          file: displayPath(entry.file),
          field: `tags[${index}]`,
          message: `"${tag}" is not a topic. ${guess ? `Did you mean "${guess}"? ` : ""}Topics: ${choices.length ? choices.join(", ") : "none yet"}. To start a new one, add content/topics/${defaultLanguage}/${tag}.yaml with its name`,
        });
      });
    }
    for (const { id, line } of entry.embeddedActions) {
      if (exists("actions", entry.language, id)) continue;
      problems.push({
        file: displayPath(entry.file),
        message: `line ${line}: <CallToAction id="${id}"> names no action: use one of ${available("actions", entry.language).join(", ")}`,
      });
    }
  }
  return problems;
}

/** A recipient written as a name must be listed in settings, where the real address lives. */
function checkRecipients(entries: readonly CheckedEntry[], settings: Settings): Problem[] {
  const names = Object.keys(settings.recipients);
  return entries.flatMap((entry) => {
    const to = (entry.data["message"] as { to: string[] } | undefined)?.to ?? [];
    return to.flatMap((recipient, index): Problem[] =>
      recipient.includes("@") || names.includes(recipient)
        ? []
        : [
            {
              file: displayPath(entry.file),
              field: `message.to[${index}]`,
              message: `"${recipient}" is not listed under recipients in content/settings.yaml: ${names.length ? `use one of ${names.join(", ")}, ` : ""}add it there, or write an e-mail address`,
            },
          ],
    );
  });
}

/** The collections whose entries have a page of their own, at /<collection>/<slug>/, to share. */
const WITH_PAGES: readonly CollectionName[] = ["statements", "actions", "faq"];

/** Bluesky counts the whole link within its 300 characters, so the check needs the real address. */
function checkShareLengths(entries: readonly CheckedEntry[], settings: Settings): Problem[] {
  return entries.flatMap((entry): Problem[] => {
    const bluesky = (entry.data["share"] as { bluesky?: string } | undefined)?.bluesky;
    if (!bluesky || !WITH_PAGES.includes(entry.collection)) return [];
    const { site, base } = publishedAddress(settings);
    const page = localizedPath(base, entry.language, settings.defaultLanguage, entry.collection, entry.slug);
    const url = new URL(page, site).href;
    const length = graphemeLength(`${bluesky} ${url}`);
    if (length <= 300) return [];
    return [
      {
        file: displayPath(entry.file),
        field: "share.bluesky",
        message: `is ${length - url.length - 1} characters, and with the link (${url.length}) the post would be ${length}; Bluesky allows 300. Shorten it by ${length - 300}.`,
      },
    ];
  });
}

export interface ContentCheck extends ReadCollections {
  translations: TranslationReport;
}

/**
 * Reads the files of some collections against their schemas, without the checks across files:
 * each file's own problems, and the entries that have none.
 */
export function readCollections(
  contentDir: string,
  settings: Settings,
  {
    names = Object.keys(COLLECTION_LAYOUT) as CollectionName[],
    cacheDir,
  }: {
    names?: readonly CollectionName[];
    /** Where each file's own check is kept between runs (file-check-cache.ts); none: kept nowhere. */
    cacheDir?: string | undefined;
  } = {},
): ReadCollections {
  const languages = settings.languages.map((language) => language.code);
  const site = publishedAddress(settings).site;
  const siteHost = new URL(site).host;
  const cache = cacheDir ? openFileCheckCache(cacheDir, fileCheckKey({ settings, site })) : undefined;
  const entries: CheckedEntry[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const result = checkCollection(name, contentDir, languages, siteHost, cache);
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  cache?.save(names.map((name) => `${name}/`));
  return { entries, problems, reused: cache?.reused ?? 0 };
}

export interface ReadCollections {
  entries: CheckedEntry[];
  problems: Problem[];
  /** How many files' own checks came from the cache, unchanged since they were last read. */
  reused: number;
}

/** Reads every content file the way an editor wrote it and lists every problem found. */
export function checkContent(
  contentDir: string,
  settings: Settings,
  { cacheDir }: { cacheDir?: string | undefined } = {},
): ContentCheck {
  const { entries, problems, reused } = readCollections(contentDir, settings, { cacheDir });
  for (const entry of entries) problems.push(...checkImage(entry, contentDir));
  problems.push(...checkPhotos(contentDir));
  problems.push(...checkReferences(entries, settings.defaultLanguage));
  problems.push(...checkRecipients(entries, settings));
  problems.push(...checkShareLengths(entries, settings));
  const translations = checkTranslations(entries, settings);
  problems.push(...translations.problems);
  return { entries, problems, translations: translations.report, reused };
}
