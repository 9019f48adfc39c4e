import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fingerprint } from "../../src/site/fingerprint.ts";
import { mdxBody } from "./mdx-files.ts";

/**
 * A campaign with many statements, for the bench's build timings and the
 * many-statements build test: a copy of content/ plus
 * generated statements. Of every ten, eight are English originals and two are
 * translations of the first two of them, one into Arabic and one into Spanish
 * (with the right translatedFrom), as an organization that translates its main
 * statements would have. The text is sentences and headings taken from the
 * sample content in each language, in varied order and length, with the MDX
 * components editors use; every statement names existing demands and actions.
 */
export interface GeneratedSite {
  contentDir: string;
  /** Statement files per language, the sample's included. */
  statements: Record<string, number>;
}

interface TextPool {
  sentences: string[];
  headings: string[];
}

const TRANSLATIONS = [
  { slot: 8, lang: "ar", original: 0 },
  { slot: 9, lang: "es", original: 1 },
] as const;
export function generateSite(sampleContent: string, into: string, count: number): GeneratedSite {
  const contentDir = path.join(into, "content");
  cpSync(sampleContent, contentDir, { recursive: true });
  const random = seededRandom(count);
  const pools = Object.fromEntries(["en", "ar", "es"].map((lang) => [lang, textPool(sampleContent, lang)]));
  const ids = (collection: string) =>
    readdirSync(path.join(sampleContent, collection, "en"))
      .filter((file) => !file.startsWith("_"))
      .map((file) => file.replace(/\.(?:mdx|yaml)$/, ""));
  const demands = ids("demands");
  // Only topics that exist: a tag that names none stops the build.
  const topics = ids("topics");
  const actions = ids("actions");

  const originals: { slug: string; text: string; frontmatter: Frontmatter }[] = [];
  for (let index = 0; index < count; index++) {
    const group = Math.floor(index / 10);
    const translation = TRANSLATIONS.find(({ slot }) => slot === index % 10);
    const original = translation ? originals[group * 8 + translation.original] : undefined;
    const lang = original && translation ? translation.lang : "en";
    const slug = original?.slug ?? `generated-${String(originals.length + 1).padStart(4, "0")}`;
    const frontmatter: Frontmatter = original
      ? { ...original.frontmatter, translatedFrom: fingerprint(original.text) }
      : {
          published: isoDate(Date.UTC(2025, 5, 30) - index * 3 * 86_400_000),
          tags: pick(random, topics, 1 + Math.floor(random() * Math.min(3, topics.length))),
          demands: pick(random, demands, 2 + Math.floor(random() * 3)),
          actions: pick(random, actions, 1 + Math.floor(random() * 3)),
        };
    const text = statementFile(random, pools[lang]!, index + 1, frontmatter);
    if (!original) originals.push({ slug, text, frontmatter });
    const folder = path.join(contentDir, "statements", lang);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}.mdx`), text);
  }

  const statements = Object.fromEntries(
    readdirSync(path.join(contentDir, "statements")).map((lang) => [
      lang,
      readdirSync(path.join(contentDir, "statements", lang)).length,
    ]),
  );
  return { contentDir, statements };
}

interface Frontmatter {
  published: string;
  tags: string[];
  demands: string[];
  actions: string[];
  translatedFrom?: string;
}

function statementFile(
  random: () => number,
  pool: TextPool,
  number: number,
  frontmatter: Frontmatter,
): string {
  const sentence = () => pool.sentences[Math.floor(random() * pool.sentences.length)]!;
  const heading = () => pool.headings[Math.floor(random() * pool.headings.length)]!;
  const title = `${cut(random() < 0.5 ? heading() : sentence(), 70).replace(/[.:،,]$/, "")} ${number}`;
  let summary = sentence();
  while (summary.length < 60) summary += ` ${sentence()}`;
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(" ");

  const body: string[] = [paragraph()];
  const sections = 3 + Math.floor(random() * 4);
  for (let section = 0; section < sections; section++) {
    body.push(`## ${heading()}`, paragraph(), paragraph());
    if (random() < 0.3) body.push(Array.from({ length: 3 }, () => `- ${sentence()}`).join("\n"));
    if (random() < 0.2) body.push(`<PullQuote>${sentence()}</PullQuote>`);
    if (random() < 0.15) body.push(`<Aside title="${heading().replaceAll('"', "")}">${paragraph()}</Aside>`);
  }
  const action = frontmatter.actions[0];
  if (action && random() < 0.5) body.push(`<CallToAction id="${action}" />`);

  const list = (values: string[]) => `[${values.join(", ")}]`;
  return [
    "---",
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(cut(summary, 190))}`,
    `published: ${frontmatter.published}`,
    `tags: ${list(frontmatter.tags)}`,
    `demands: ${list(frontmatter.demands)}`,
    `actions: ${list(frontmatter.actions)}`,
    // Quoted: YAML reads a fingerprint such as 2566871807 or 79383e6838 as a number.
    ...(frontmatter.translatedFrom ? [`translatedFrom: ${JSON.stringify(frontmatter.translatedFrom)}`] : []),
    "---",
    "",
    body.join("\n\n"),
    "",
  ].join("\n");
}

/** Sentences and headings from the prose of every entry in one language of the sample content. */
function textPool(contentDir: string, lang: string): TextPool {
  const sentences: string[] = [];
  const headings: string[] = [];
  for (const collection of ["statements", "actions", "faq", "pages"]) {
    const folder = path.join(contentDir, collection, lang);
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".mdx"))) {
      const body = mdxBody(path.join(folder, file));
      for (const line of body.split("\n").map((text) => text.trim())) {
        if (line.startsWith("## ")) headings.push(line.slice(3));
        // Plain paragraphs only: lists, components and tables carry markup that a cut could break.
        else if (line && !/^[#<>|*\-\d]/.test(line) && !/[<>{}[\]]/.test(line))
          sentences.push(...line.split(/(?<=[.!?؟])\s+/).filter((text) => text.length > 20));
      }
    }
  }
  if (sentences.length === 0 || headings.length === 0) throw new Error(`No ${lang} prose in ${contentDir}`);
  return { sentences, headings };
}

/** Text cut at a word boundary to at most `max` characters. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, text.lastIndexOf(" ", max)).replace(/[,;:،]$/, "");
}

function pick<T>(random: () => number, values: readonly T[], count: number): T[] {
  const pool = [...values];
  return Array.from(
    { length: Math.min(count, pool.length) },
    () => pool.splice(Math.floor(random() * pool.length), 1)[0]!,
  );
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** mulberry32: the same site for the same count, on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
