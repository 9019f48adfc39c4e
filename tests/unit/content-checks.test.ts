import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent } from "../../src/content-checks/check-content";
import { findComponents } from "../../src/content-checks/mdx-components";
import {
  ContentCheckError,
  displayPath,
  formatProblems,
  problemsFromZod,
  type Problem,
} from "../../src/content-checks/problems";
import { loadSettings } from "../../src/site/settings";
import { actionSchema } from "../../src/schemas/action";
import { settingsSchema, type Settings } from "../../src/schemas/settings";

/** A small valid site; each test copies it to a temporary folder and breaks one thing. */
const MINI_SITE = fileURLToPath(new URL("../fixtures/unit/mini-site", import.meta.url));

const KNOWN_COMPONENTS = "<CallToAction>, <Demands>, <PullQuote>, <Aside>, <MediaLink>, <Video>, <Audio>";

let dir: string;
let settings: Settings;

beforeEach(() => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  dir = path.join(tmp, "content");
  cpSync(MINI_SITE, dir, { recursive: true });
  settings = loadSettings(path.join(dir, "settings.yaml"));
});

afterEach(() => {
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** Writes a file under the temporary content folder, creating its folders. */
function write(relative: string, contents: string | Buffer): void {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

/** The path the checker reports for a file under the temporary content folder. */
function shown(relative: string): string {
  return displayPath(path.join(dir, relative));
}

function check(): Problem[] {
  return checkContent(dir, settings).problems;
}

/** Frontmatter for a valid statement, with fields replaced or added. */
function statement(fields: Record<string, string> = {}, body = "\nText.\n"): string {
  const all: Record<string, string> = {
    title: "A statement for the test",
    summary: "A summary that is long enough to pass the forty character minimum.",
    published: "2025-01-20",
    ...fields,
  };
  const lines = Object.entries(all).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

describe("checkContent on a valid site", () => {
  it("finds no problems", () => {
    expect(check()).toEqual([]);
  });

  it("reads every entry with its collection, language and slug", () => {
    const { entries } = checkContent(dir, settings);
    const ids = entries.map((entry) => `${entry.collection}/${entry.language}/${entry.slug}`).sort();
    expect(ids).toEqual([
      "actions/en/join-the-protests",
      "actions/en/write-to-officials",
      "demands/en/accountability",
      "demands/en/stop-arming-israel",
      "faq/en/who-are-we",
      "pages/en/about",
      "statements/en/keep-mobilizing",
      "statements/es/seguir-movilizando",
      "topics/en/arms-embargo",
      "topics/en/ceasefire",
    ]);
  });

  it("records the action embedded with <CallToAction> and its line", () => {
    const entry = checkContent(dir, settings).entries.find((e) => e.slug === "keep-mobilizing");
    expect(entry?.embeddedActions).toEqual([{ id: "write-to-officials", line: 18 }]);
  });

  it("keeps dates written unquoted as real calendar days", () => {
    const entry = checkContent(dir, settings).entries.find((e) => e.slug === "keep-mobilizing");
    expect(entry?.data["published"]).toEqual(new Date(Date.UTC(2025, 0, 20)));
  });

  it("accepts a file saved with Windows line endings", () => {
    write(
      "faq/en/crlf.mdx",
      "---\r\nquestion: Does CRLF work here?\r\ncategory: safety\r\norder: 20\r\n---\r\n\r\nYes.\r\n",
    );
    expect(check()).toEqual([]);
  });

  it("accepts a file that starts with a UTF-8 byte order mark", () => {
    write(
      "pages/en/bom.mdx",
      `\uFEFF${"---\ntitle: With a BOM\nsummary: Saved by a word processor that adds a byte order mark.\n---\n"}`,
    );
    expect(check()).toEqual([]);
  });

  it("passes the sample content shipped in content/", () => {
    const real = path.resolve("content");
    expect(checkContent(real, loadSettings(path.join(real, "settings.yaml"))).problems).toEqual([]);
  });
});

describe("references between entries", () => {
  it("names the file, the field demands[0] and the ids available for a missing demand", () => {
    write("statements/en/x.mdx", statement({ demands: "[no-such-demand, accountability]" }));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "demands[0]",
        message:
          '"no-such-demand" is not one of the demands: use accountability, stop-arming-israel (the file name without its extension)',
      },
    ]);
  });

  it("names the field and the available actions for a missing action id", () => {
    write("statements/en/x.mdx", statement({ actions: "[join-the-protests, sign-the-petition]" }));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "actions[1]",
        message:
          '"sign-the-petition" is not one of the actions: use join-the-protests, write-to-officials (the file name without its extension)',
      },
    ]);
  });

  it("checks the demands an action serves", () => {
    write(
      "actions/en/x.mdx",
      "---\ntitle: Do a thing\nsummary: A summary that is long enough for an action.\nkind: share\nsteps: [Share it widely]\ndemands: [peace]\n---\n",
    );
    expect(check()).toEqual([
      expect.objectContaining({ file: shown("actions/en/x.mdx"), field: "demands[0]" }),
    ]);
  });

  it("lets another language fall back to the default language's demands", () => {
    // statements/es/seguir-movilizando.mdx names "accountability", which only exists in en.
    expect(check()).toEqual([]);
  });

  it("does not let the default language use a demand that exists only in another language", () => {
    write(
      "demands/es/solo-en-espanol.yaml",
      "title: Solo en español\ntext: Una demanda que solo existe en la carpeta en español.\norder: 5\n",
    );
    write("statements/en/x.mdx", statement({ demands: "[solo-en-espanol]" }));
    expect(check()).toEqual([
      expect.objectContaining({ file: shown("statements/en/x.mdx"), field: "demands[0]" }),
    ]);
  });

  it("refuses a tag that names no topic, suggesting the one meant and saying how to start one", () => {
    write("statements/en/x.mdx", statement({ tags: "[ceasfire, arms-embargo]" }));
    write(
      "actions/en/join-the-protests.mdx",
      readFileSync(path.join(MINI_SITE, "actions/en/join-the-protests.mdx"), "utf8").replace(
        /^title:/m,
        "tags: [gaza]\ntitle:",
      ),
    );
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "tags[0]",
        message:
          '"ceasfire" is not a topic. Did you mean "ceasefire"? Topics: arms-embargo, ceasefire. To start a new one, add content/topics/en/ceasfire.yaml with its name',
      },
      {
        file: shown("actions/en/join-the-protests.mdx"),
        field: "tags[0]",
        message:
          '"gaza" is not a topic. Topics: arms-embargo, ceasefire. To start a new one, add content/topics/en/gaza.yaml with its name',
      },
    ]);
  });

  it("reports a <CallToAction> in the body whose id names no action, with its line", () => {
    write("statements/en/x.mdx", statement({}, '\nText.\n\n<CallToAction id="nope" />\n'));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        message:
          'line 9: <CallToAction id="nope"> names no action: use one of join-the-protests, write-to-officials',
      },
    ]);
  });

  it("asks for the id of a <CallToAction> that has none", () => {
    write("statements/en/x.mdx", statement({}, "\n<CallToAction />\n"));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        message: 'line 7: <CallToAction> needs id="…": the id of an action (its file name without .mdx).',
      },
    ]);
  });

  it("reports a recipient name that is not listed in settings", () => {
    write(
      "actions/en/x.mdx",
      [
        "---",
        "title: Write to the mayor",
        "summary: Tell the mayor to cut ties with companies that arm the war.",
        "kind: contact-officials",
        "steps: [Send the message]",
        "message:",
        "  to: [mayor@example.org, city-council]",
        "  subject: Cut the ties",
        "  body: Dear mayor, please cut the city's ties with arms makers.",
        "---",
        "",
      ].join("\n"),
    );
    expect(check()).toEqual([
      {
        file: shown("actions/en/x.mdx"),
        field: "message.to[1]",
        message:
          '"city-council" is not listed under recipients in content/settings.yaml: use one of elected-officials, add it there, or write an e-mail address',
      },
    ]);
  });
});

describe("MDX components in the body", () => {
  it("refuses an embed code pasted into a statement or an FAQ answer, naming file and line", () => {
    const embed = '<iframe src="https://www.youtube.com/embed/VIDEO_ID"></iframe>';
    write("statements/en/x.mdx", statement({}, `\nIntro.\n\n${embed}\n`));
    write("faq/en/why.md", `---\nquestion: Why keep going?\ncategory: basics\norder: 1\n---\n${embed}\n`);
    const refused = (line: number) =>
      expect.stringMatching(
        new RegExp(`^line ${line}: <iframe> shows another site \\(www\\.youtube\\.com\\) .*<MediaLink`),
      );
    expect(check()).toEqual([
      { file: shown("statements/en/x.mdx"), message: refused(9) },
      { file: shown("faq/en/why.md"), message: refused(6) },
    ]);
  });

  it("reports an unknown component such as a misspelt <PullQoute>, with its line number", () => {
    write(
      "statements/en/x.mdx",
      statement({}, "\nIntro.\n\n<PullQoute>Resistance is possible.</PullQoute>\n"),
    );
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        message: `line 9: <PullQoute> is not a component editors can use. Use one of ${KNOWN_COMPONENTS}, or remove the tag.`,
      },
    ]);
  });

  it("counts lines from the top of the file, frontmatter included", () => {
    const body = "\n".repeat(20) + "<Foo />\n";
    write("statements/en/x.mdx", statement({ tags: "[ceasefire, arms-embargo]" }, body));
    // 6 frontmatter lines, then the body starts on line 7; <Foo /> is 20 lines further down.
    expect(check().map((problem) => problem.message)).toEqual([expect.stringMatching(/^line 27: <Foo> /)]);
  });

  it("does not flag a tag shown inside a fenced code block", () => {
    write(
      "statements/en/x.mdx",
      statement({}, '\nWrite it like this:\n\n```mdx\n<Foo bar="baz" />\n```\n\n~~~\n<Bar />\n~~~\n'),
    );
    expect(check()).toEqual([]);
  });

  it("does not flag a tag shown in inline code", () => {
    write("statements/en/x.mdx", statement({}, "\nUse `<Foo />` for that.\n"));
    expect(check()).toEqual([]);
  });

  it("still flags a tag after a fenced code block ends", () => {
    write("statements/en/x.mdx", statement({}, "\n```\n<Foo />\n```\n\n<Bar />\n"));
    expect(check().map((problem) => problem.message)).toEqual([expect.stringMatching(/^line 11: <Bar> /)]);
  });

  // Fences inside list items are indented; their examples are code, not components.
  it("does not flag a tag in a fenced code block indented inside a list item", () => {
    write("statements/en/x.mdx", statement({}, "\n- Write it like this:\n\n  ```mdx\n  <Foo />\n  ```\n"));
    expect(check()).toEqual([]);
  });

  it("does not read components in plain Markdown (.md) files", () => {
    write("statements/en/plain.md", statement({}, "\n<Foo />\n"));
    expect(check()).toEqual([]);
  });
});

describe("files and folders", () => {
  it("reports a file that is not in a language folder", () => {
    write("statements/loose.mdx", statement());
    expect(check()).toEqual([
      {
        file: shown("statements/loose.mdx"),
        message: "is not in a language folder: move it to content/statements/<language>/ (languages: en, es)",
      },
    ]);
  });

  it("reports a file nested one folder too deep", () => {
    write("statements/en/2025/x.mdx", statement());
    expect(check()).toEqual([
      expect.objectContaining({
        file: shown("statements/en/2025/x.mdx"),
        message: expect.stringMatching(/^is not in a language folder/),
      }),
    ]);
  });

  it("reports a language folder that is not one of the site's languages", () => {
    write("faq/fr/qui.mdx", "---\nquestion: Qui sommes-nous ?\ncategory: basics\norder: 1\n---\n");
    expect(check()).toEqual([
      {
        file: shown("faq/fr/qui.mdx"),
        message:
          'is in a folder "fr" that is not a language of this site: use en, es, or add the language in content/settings.yaml',
      },
    ]);
  });

  it("suggests a kebab-case name for a file name with capitals and spaces", () => {
    write("statements/en/My Big Statement.mdx", statement());
    expect(check()).toEqual([
      {
        file: shown("statements/en/My Big Statement.mdx"),
        message:
          'has a file name that cannot be a web address: use lowercase letters, digits and hyphens, such as "my-big-statement.mdx"',
      },
    ]);
  });

  it("suggests a lowercase extension for a file ending in .MDX", () => {
    write(
      "pages/en/contact.MDX",
      "---\ntitle: Contact\nsummary: How to reach the campaign, by e-mail or in person.\n---\n",
    );
    expect(check().map((problem) => problem.message)).toEqual([
      expect.stringContaining('such as "contact.mdx"'),
    ]);
  });

  it("suggests a name without accents for an accented file name", () => {
    write("statements/es/Declaración Única.mdx", statement());
    expect(check().map((problem) => problem.message)).toEqual([
      expect.stringContaining('such as "declaracion-unica.mdx"'),
    ]);
  });

  it("reports two files that would share an address (x.md and x.mdx)", () => {
    write("statements/en/twin.md", statement());
    write("statements/en/twin.mdx", statement());
    const problems = check();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    const [first, second] = problem!.file === shown("statements/en/twin.mdx") ? ["md", "mdx"] : ["mdx", "md"];
    expect(problem).toEqual({
      file: shown(`statements/en/twin.${second}`),
      message: `has the same name as ${shown(`statements/en/twin.${first}`)}: two files cannot share an address; rename or delete one`,
    });
  });

  it("reports two demand files with the same id (.yaml and .yml)", () => {
    write(
      "demands/en/accountability.yml",
      "title: Again\ntext: The same demand written twice, once per extension.\norder: 1\n",
    );
    expect(check().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^has the same name as /),
    ]);
  });

  it("ignores files and folders whose name starts with _ or .", () => {
    write("statements/en/_unfinished.mdx", "not even frontmatter");
    write("statements/_drafts/idea.mdx", "");
    write("demands/en/.DS_Store", Buffer.from([0x00, 0xff]));
    expect(check()).toEqual([]);
    expect(checkContent(dir, settings).entries.map((entry) => entry.slug)).not.toContain("_unfinished");
  });

  it("ignores files that are not content, such as notes.txt", () => {
    write("statements/en/notes.txt", "scribbles");
    expect(check()).toEqual([]);
  });
});

describe("reading a file", () => {
  it("reports an empty file", () => {
    write("faq/en/empty.mdx", "  \n\n");
    expect(check()).toEqual([
      { file: shown("faq/en/empty.mdx"), message: "is empty: write its fields, or delete the file" },
    ]);
  });

  it("reports an empty demand file", () => {
    write("demands/en/empty.yaml", "");
    expect(check()).toEqual([
      { file: shown("demands/en/empty.yaml"), message: "is empty: write its fields, or delete the file" },
    ]);
  });

  it("reports a file that is not UTF-8 text", () => {
    write("faq/en/latin1.mdx", Buffer.from([0xff, 0xfe, 0x41]));
    expect(check()).toEqual([
      {
        file: shown("faq/en/latin1.mdx"),
        message: "is not saved as UTF-8 text: open it in a plain-text editor and save it as UTF-8",
      },
    ]);
  });

  it("reports an accented letter saved as Latin-1 rather than UTF-8", () => {
    const latin1 = Buffer.from("---\ntitle: Qui\u00e9n\nsummary: x\n---\n", "latin1");
    write("pages/es/quien.mdx", latin1);
    expect(check().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^is not saved as UTF-8 text/),
    ]);
  });

  it("reports a file with no frontmatter", () => {
    write("pages/en/bare.mdx", "# About\n\ntitle: About\n");
    expect(check()).toEqual([
      {
        file: shown("pages/en/bare.mdx"),
        message:
          'has no frontmatter: the file must start with a line "---", then its fields, then another "---" line',
      },
    ]);
  });

  it("reports frontmatter that is a list instead of fields", () => {
    write("pages/en/list.mdx", "---\n- title\n- summary\n---\n");
    expect(check()).toEqual([
      {
        file: shown("pages/en/list.mdx"),
        message: "frontmatter must be a list of fields written as name: value",
      },
    ]);
  });

  it("reports broken YAML in frontmatter with the line number in the file", () => {
    // Line 1 is "---", so the unquoted colon on the summary line is line 3.
    write(
      "statements/en/x.mdx",
      "---\ntitle: A statement for the test\nsummary: Note: this has a colon\npublished: 2025-01-20\n---\n",
    );
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        message:
          "is not valid YAML at line 3: Nested mappings are not allowed in compact mappings. Check the indentation, and put text containing a colon in quotes.",
      },
    ]);
  });

  it("reports broken YAML in a demand file with the line number", () => {
    write("demands/en/broken.yaml", "title: Broken\ntitle: Twice\norder: 1\n");
    expect(check()).toEqual([
      {
        file: shown("demands/en/broken.yaml"),
        message: expect.stringMatching(/^is not valid YAML at line 2: Map keys must be unique\./),
      },
    ]);
  });

  it("catches an impossible unquoted date (published: 2025-02-30) instead of rolling it into March", () => {
    write("statements/en/x.mdx", statement({ published: "2025-02-30" }));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "published",
        message: '"2025-02-30" is not a real calendar date: check the month and the day',
      },
    ]);
  });

  it("catches an impossible unquoted deadline in an action", () => {
    const file =
      "---\ntitle: Act by then\nsummary: A summary that is long enough for an action.\nkind: share\nsteps: [Share it]\ndeadline: 2025-04-31\n---\n";
    write("actions/en/x.mdx", file);
    expect(check()).toEqual([
      expect.objectContaining({
        field: "deadline",
        message: expect.stringContaining("not a real calendar date"),
      }),
    ]);
  });

  it("reports every schema problem of a file, each at its field", () => {
    write("faq/en/x.mdx", "---\nquestion: Why?\ncategory: misc\norder: 10\n---\n");
    expect(check()).toEqual([
      {
        file: shown("faq/en/x.mdx"),
        field: "question",
        message: "is too short (4 of at least 8 characters): write a little more",
      },
      {
        file: shown("faq/en/x.mdx"),
        field: "category",
        message: '"misc" is not a category: use one of basics, demands, taking-part, safety',
      },
    ]);
  });

  it("suggests the closest field for a misspelt one, in the file's report", () => {
    write(
      "pages/en/x.mdx",
      "---\ntitel: Contact\nsummary: How to reach the campaign, by e-mail or in person.\n---\n",
    );
    expect(check()).toContainEqual({
      file: shown("pages/en/x.mdx"),
      field: "titel",
      message:
        'is not a field this file can have. Did you mean "title"? Fields allowed here: title, summary, translatedFrom, draft.',
    });
  });
});

describe("images", () => {
  const image = (src: string) => `\n  src: ${src}\n  alt: Marchers with flags in the street`;

  it("accepts an image that exists next to the entry", () => {
    write("statements/en/images/march.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    write("statements/en/x.mdx", statement({ image: image("./images/march.jpg") }));
    expect(check()).toEqual([]);
  });

  it("reports an image that does not exist", () => {
    write("statements/en/x.mdx", statement({ image: image("./images/missing.jpg") }));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "image.src",
        message: '"./images/missing.jpg" does not exist: check the file name, relative to this file',
      },
    ]);
  });

  it("reports an image path that escapes content/, even when the file exists", () => {
    // From content/statements/en/, three levels up leaves the content folder.
    writeFileSync(path.join(path.dirname(dir), "secret.jpg"), "not for the site");
    write("statements/en/x.mdx", statement({ image: image("../../../secret.jpg") }));
    expect(check()).toEqual([
      {
        file: shown("statements/en/x.mdx"),
        field: "image.src",
        message: '"../../../secret.jpg" points outside the content folder: keep images inside content/',
      },
    ]);
  });

  it("treats ../../secret.jpg from a statement as content/secret.jpg, still inside content/", () => {
    write("statements/en/x.mdx", statement({ image: image("../../secret.jpg") }));
    expect(check()).toEqual([
      expect.objectContaining({ message: expect.stringContaining("does not exist") }),
    ]);
    write("secret.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    expect(check()).toEqual([]);
  });

  it("reports an absolute image path", () => {
    write("statements/en/x.mdx", statement({ image: image("/etc/hostname") }));
    expect(check()).toEqual([
      expect.objectContaining({
        field: "image.src",
        message: expect.stringContaining("points outside the content folder"),
      }),
    ]);
  });

  it("requires alt text, reported at image.alt", () => {
    write("statements/en/x.mdx", statement({ image: "\n  src: ./march.jpg" }));
    expect(check()).toEqual([
      expect.objectContaining({
        field: "image.alt",
        message: expect.stringMatching(/^alt text is required/),
      }),
    ]);
  });
});

describe("problemsFromZod", () => {
  // The list grows with the schema; the test is about the sentence around it.
  const actionFields = Object.keys(actionSchema.shape).join(", ");
  const parseAction = (data: unknown) => {
    const result = actionSchema.safeParse(data);
    if (result.success) throw new Error("expected the action to be rejected");
    return problemsFromZod("actions/en/x.mdx", result.error, actionSchema);
  };
  const action = {
    title: "Write to your officials",
    summary: "A summary that is long enough for an action.",
    kind: "share",
    steps: ["Share it"],
  };

  it('suggests "title" for the misspelt field "titel" and lists the allowed fields', () => {
    const { title, ...rest } = action;
    const problems = parseAction({ ...rest, titel: title });
    expect(problems).toContainEqual({
      file: "actions/en/x.mdx",
      field: "titel",
      message: `is not a field this file can have. Did you mean "title"? Fields allowed here: ${actionFields}.`,
    });
  });

  it("suggests nothing when no allowed field is close to the unknown one", () => {
    const problems = parseAction({ ...action, published: "2025-01-20" });
    expect(problems).toContainEqual({
      file: "actions/en/x.mdx",
      field: "published",
      message: `is not a field this file can have. Fields allowed here: ${actionFields}.`,
    });
  });

  it("suggests a field of a nested object, with its full path", () => {
    const problems = parseAction({
      ...action,
      message: { to: ["a@example.org"], subjet: "Hello there", body: "A body that is long enough." },
    });
    expect(problems).toContainEqual({
      file: "actions/en/x.mdx",
      field: "message.subjet",
      message:
        'is not a field this file can have. Did you mean "subject"? Fields allowed here: to, subject, body.',
    });
  });

  it("suggests a field inside a list item, with its index in the path", () => {
    const result = settingsSchema.safeParse({
      name: "n",
      shortName: "s",
      url: "https://example.org",
      tagline: "t",
      description: "A description that is long enough for the settings.",
      email: "info@example.org",
      defaultLanguage: "en",
      languages: [{ code: "en", label: "English" }],
      social: [{ netwrok: "bluesky", url: "https://example.org/b" }],
    });
    if (result.success) throw new Error("expected the settings to be rejected");
    expect(problemsFromZod("content/settings.yaml", result.error, settingsSchema)).toContainEqual({
      file: "content/settings.yaml",
      field: "social[0].netwrok",
      message:
        'is not a field this file can have. Did you mean "network"? Fields allowed here: network, url.',
    });
  });

  it("writes list positions as demands[1] and leaves out the field for whole-file problems", () => {
    const problems = parseAction({ ...action, demands: ["ok", "Not OK"] });
    expect(problems).toEqual([
      expect.objectContaining({
        field: "demands[1]",
        message: expect.stringContaining('"Not OK" is not a valid id'),
      }),
    ]);
    const whole = actionSchema.safeParse("just text");
    if (whole.success) throw new Error("expected a rejection");
    expect(problemsFromZod("a.mdx", whole.error, actionSchema)[0]).not.toHaveProperty("field");
  });
});

describe("formatProblems", () => {
  const problems: Problem[] = [
    { file: "content/faq/en/a.mdx", field: "question", message: "is required but missing or empty" },
    { file: "content/demands/en/b.yaml", message: "is empty: write its fields, or delete the file" },
    { file: "content/faq/en/a.mdx", field: "demands[0]", message: '"x" is not one of the demands' },
  ];

  it("groups problems under their file, each on its own indented line, then counts them", () => {
    expect(formatProblems(problems)).toBe(
      [
        "✖ content/faq/en/a.mdx",
        "    question: is required but missing or empty",
        '    demands[0]: "x" is not one of the demands',
        "✖ content/demands/en/b.yaml",
        "    is empty: write its fields, or delete the file",
        "",
        "The content check found 3 problems in 2 files. Nothing was published: fix them and build again.",
      ].join("\n"),
    );
  });

  it("uses the singular for one problem in one file", () => {
    expect(formatProblems([problems[1]!])).toMatch(
      /\n\nThe content check found 1 problem in 1 file\. Nothing was published: fix it and build again\.$/,
    );
  });

  it("ContentCheckError carries the report as its message and stack, and the problems", () => {
    const error = new ContentCheckError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ContentCheckError");
    expect(error.message).toBe(formatProblems(problems));
    expect(error.stack).toBe(error.message);
    expect(error.problems).toEqual(problems);
  });
});

describe("loadSettings", () => {
  it("reads and validates settings.yaml, filling in defaults", () => {
    expect(settings.defaultLanguage).toBe("en");
    expect(settings.languages.map((language) => language.dir)).toEqual(["ltr", "ltr"]);
    expect(settings.social).toEqual([]);
  });

  it("throws a report naming the file and the field when a setting is wrong", () => {
    write(
      "settings.yaml",
      "name: X\nshortName: X\nurl: http://example.org\ntagline: T\ndescription: A description that is long enough for the site.\nemail: info@example.org\ndefaultLanguage: en\nlanguages:\n  - code: en\n    label: English\n",
    );
    const file = path.join(dir, "settings.yaml");
    expect(() => loadSettings(file)).toThrow(ContentCheckError);
    try {
      loadSettings(file);
    } catch (error) {
      expect((error as ContentCheckError).problems).toEqual([
        { file: displayPath(file), field: "url", message: expect.stringContaining('"http://example.org"') },
      ]);
    }
  });

  it("throws a report with the line number for broken YAML", () => {
    write("settings.yaml", "name: X\nshortName: a: b\n");
    expect(() => loadSettings(path.join(dir, "settings.yaml"))).toThrow(/is not valid YAML at line 2/);
  });

  it("says settings.yaml is missing when there is no such file", () => {
    expect(() => loadSettings(path.join(dir, "no-settings-here.yaml"))).toThrow(/is missing/);
  });
});

const FIXTURE_MEDIA = fileURLToPath(new URL("../fixtures/site/content/statements/en/media", import.meta.url));
const PHONE_VIDEO = fileURLToPath(new URL("../fixtures/media/iphone-clip.mp4", import.meta.url));

describe("videos, recordings and pictures named by components", () => {
  beforeEach(() => cpSync(FIXTURE_MEDIA, path.join(dir, "statements/en/media"), { recursive: true }));
  const body = (tags: string) => statement({}, `\nIntro.\n\n${tags}\n`);
  const messages = () => check().map((problem) => problem.message);

  it("accepts a captioned video, a recording with its transcript and a card with its own picture", () => {
    cpSync(
      path.join(FIXTURE_MEDIA, "../images/banner.jpg"),
      path.join(dir, "statements/en/images/still.jpg"),
    );
    write(
      "statements/en/x.mdx",
      body(
        [
          '<Video src="./media/clip.mp4" captions="./media/clip.vtt" title="The march" />',
          '<Audio src="./media/speech.mp3" title="The speech">\nWhat was said.\n</Audio>',
          '<MediaLink href="https://video.example.net/v/1" title="The speech" poster="./images/still.jpg" alt="The crowd" />',
        ].join("\n\n"),
      ),
    );
    expect(check()).toEqual([]);
  });

  it("asks for a video's captions and a recording's transcript, saying why", () => {
    write(
      "statements/en/x.mdx",
      body(
        '<Video src="./media/clip.mp4" title="The march" />\n\n<Audio src="./media/speech.mp3" title="The speech" />',
      ),
    );
    expect(messages()).toEqual([
      expect.stringMatching(
        /^line 9: <Video> needs captions="…": the path of a file next to this entry, such as \.\/media\/march\.vtt\. Every video needs captions, for readers who cannot hear it/,
      ),
      expect.stringMatching(/^line 11: <Audio> needs a transcript between <Audio …> and <\/Audio>/),
    ]);
  });

  it("suggests the attribute an editor meant, and lists those a component takes", () => {
    write(
      "statements/en/x.mdx",
      body('<MediaLink href="https://video.example.net/v/1" titel="The speech" />'),
    );
    expect(messages()).toEqual([
      'line 9: <MediaLink> needs title="…": what it is, in a few words.',
      'line 9: <MediaLink> has no attribute "titel". Did you mean "title"? It takes href, title, platform, poster, alt.',
    ]);
  });

  it("asks what a card's picture shows", () => {
    write(
      "statements/en/x.mdx",
      body('<MediaLink href="https://video.example.net/v/1" title="The speech" poster="./media/clip.vtt" />'),
    );
    expect(messages()).toEqual([
      expect.stringMatching(/^line 9: <MediaLink alt> must say what the poster picture shows/),
      expect.stringMatching(
        /^line 9: <MediaLink poster> "\.\/media\/clip\.vtt" is not a picture file .*save it as JPEG, PNG or WebP\.$/,
      ),
    ]);
  });

  it("refuses a missing file, a file outside content/, a format phones cannot play and captions that are not WebVTT", () => {
    write("statements/en/media/talk.mov", "not really a film");
    write("statements/en/media/talk.srt", "1\n00:00:00,000 --> 00:00:02,000\nHello\n");
    write(
      "statements/en/x.mdx",
      body(
        [
          '<Video src="./media/nope.mp4" captions="../../../../elsewhere.vtt" title="A" />',
          '<Video src="./media/talk.mov" captions="./media/talk.srt" title="B" />',
          '<Video src="media/clip.mp4" captions="./media/clip.vtt" title="C" />',
        ].join("\n\n"),
      ),
    );
    expect(messages()).toEqual([
      'line 9: <Video src> "./media/nope.mp4" does not exist: check the file name, relative to this file.',
      'line 9: <Video captions> "../../../../elsewhere.vtt" points outside the content folder: keep the file inside content/, next to this entry.',
      expect.stringMatching(
        /^line 11: <Video src> "\.\/media\/talk\.mov" is not a video file this site can publish \(\.mp4, \.webm\): export it as MP4/,
      ),
      expect.stringMatching(
        /^line 11: <Video captions> "\.\/media\/talk\.srt" is not a captions file .*WebVTT/,
      ),
      "line 13: <Video src> must start with ./ and be relative to this entry, such as ./media/march.mp4.",
    ]);
  });

  it("refuses a video that records where it was made and on what phone, saying how to remove it", () => {
    cpSync(PHONE_VIDEO, path.join(dir, "statements/en/media/phone.mp4"));
    write(
      "statements/en/x.mdx",
      body('<Video src="./media/phone.mp4" captions="./media/clip.vtt" title="The march" />'),
    );
    expect(messages()).toEqual([
      'line 9: <Video src> "./media/phone.mp4" records GPS position, camera make, camera model, which anyone who downloads it can read. Remove it without re-encoding: ffmpeg -i phone.mp4 -map_metadata -1 -c copy clean.mp4 (or turn off location in the share options of the phone\'s camera app and share it again).',
    ]);
  });

  it("refuses a video too large to host", () => {
    write("statements/en/media/long.mp4", Buffer.alloc(26 * 1024 * 1024));
    write(
      "statements/en/x.mdx",
      body('<Video src="./media/long.mp4" captions="./media/clip.vtt" title="A" />'),
    );
    expect(messages()).toEqual([
      expect.stringMatching(
        /"\.\/media\/long\.mp4" is 27\.3 MB; hosts such as Cloudflare Pages refuse files over 26\.2 MB/,
      ),
    ]);
  });

  it("refuses a component attribute written in braces", () => {
    write(
      "statements/en/x.mdx",
      body('<Video src={"./media/clip.mp4"} captions="./media/clip.vtt" title="A" />'),
    );
    expect(messages()).toEqual([
      expect.stringMatching(/^line 9: <Video> has src written in \{curly braces\}, which runs as code/),
    ]);
  });
});

describe("findComponents", () => {
  it("lists capitalised tags with their line, skipping lowercase HTML and tags shown as code", () => {
    const uses = findComponents(
      '<div>\n<Aside title="Note">x</Aside>\n</div>\n\n<CallToAction id="a" />\n\n`<Demands />` and\n\n```\n<PullQuote>\n```\n',
      10,
    );
    expect(uses.map(({ name, line }) => ({ name, line }))).toEqual([
      { name: "Aside", line: 11 },
      { name: "CallToAction", line: 14 },
    ]);
  });

  it("reads attributes in single or double quotes, across lines, and the text inside", () => {
    const [first, second] = findComponents(
      '<CallToAction\n  id=\'one\'\n/>\n\n<Audio src="./a.mp3" title="x">\n  What was *said*.\n</Audio>',
      1,
    );
    expect(first?.attributes).toEqual({ id: "one" });
    expect(second?.attributes).toEqual({ src: "./a.mp3", title: "x" });
    expect(second?.text).toBe("What was said .");
  });

  it("tells attributes written in braces from text, and lists nothing in a body that is not MDX", () => {
    const [use] = findComponents('<Video src={"./a.mp4"} title="x" />', 1);
    expect(use?.codeAttributes).toEqual(["src"]);
    expect(findComponents("<Aside title='x'>\nnever closed\n", 1)).toEqual([]);
  });
});

describe("displayPath", () => {
  it("shows a file under the working folder relative to it, with forward slashes", () => {
    expect(displayPath(path.join(process.cwd(), "content", "faq", "en", "a.mdx"))).toBe(
      "content/faq/en/a.mdx",
    );
  });

  it("shows a file outside the working folder as its full path", () => {
    const outside = path.join(os.tmpdir(), "elsewhere", "a.mdx");
    expect(displayPath(outside)).toBe(outside);
  });
});
