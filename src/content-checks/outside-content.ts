import { htmlToHast, markdownToMdast, mdxToMdast } from "satteri";

/**
 * What an editor pastes from another site (an embed code, a remote picture, a script) and
 * the site's Content Security Policy would silently block: the reader sees an empty box or a
 * broken image, and the editor never learns why. Each finding says what to write instead.
 * The rules are the policy's, written out for editors: nothing loads from another host, no
 * script or inline style runs, nothing is framed and no form is sent.
 */
export interface OutsideContent {
  line: number;
  message: string;
}

/** The part of a Markdown, MDX or HTML tree node this check reads. */
interface TreeNode {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  properties?: Record<string, unknown>;
  position?: { start: { line: number } };
  children?: TreeNode[];
}

const MEDIA_LINK = '<MediaLink href="https://…" title="…" />';

const PICTURE_ADVICE =
  "Save the picture into an images/ folder next to this file and write ![what it shows](./images/name.jpg), so the build checks it and serves it from this site";

/** Elements refused whatever their attributes, with the reason and what to write instead. */
const REFUSED_ELEMENTS: Record<string, (host: string | undefined) => string> = {
  ...Object.fromEntries(
    ["iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe"].map((tag) => [
      tag,
      (host: string | undefined) =>
        `<${tag}> shows another site${host ? ` (${host})` : ""} inside the page. The site's policy blocks it, so readers would see an empty box. For a video, post or map hosted elsewhere, use ${MEDIA_LINK}: it shows a card and loads nothing until the reader follows the link`,
    ]),
  ),
  script: (host) =>
    `<script> would run code${host ? ` from ${host}` : ""} in readers' browsers. The site runs no script from content and its policy blocks it. Remove it; for an embed code, use ${MEDIA_LINK} with the address of the post or video`,
  noscript: () => "<noscript> comes with embed scripts and has no use here. Remove it",
  style: () =>
    "<style> would restyle the page. The site's policy blocks it; content takes the site's own styles. Remove it",
  link: () => "<link> belongs in a page's head, not in content. Remove it",
  meta: () => "<meta> belongs in a page's head, not in content. Remove it",
  base: () => "<base> would change where every link on the page goes. Remove it",
  ...Object.fromEntries(
    ["form", "input", "button", "select", "textarea"].map((tag) => [
      tag,
      () =>
        `<${tag}> is part of a form. The site has no server to receive it and its policy blocks sending forms. Link to the form's own page instead: [Sign the petition](https://…)`,
    ]),
  ),
  ...Object.fromEntries(
    ["video", "audio", "source", "track"].map((tag) => [
      tag,
      (host: string | undefined) =>
        `<${tag}> would play media${host ? ` from ${host}` : ""} without captions, a transcript or a check of the file. For a video or recording of your own, save it next to this file and use <Video src="./media/….mp4" captions="./media/….vtt" title="…" /> or <Audio src="./media/….mp3" title="…">transcript</Audio>; for one hosted elsewhere, ${MEDIA_LINK}`,
    ]),
  ),
  img: () => `<img> is not checked or resized by the build. ${PICTURE_ADVICE}`,
  picture: () => `<picture> is not checked or resized by the build. ${PICTURE_ADVICE}`,
};

/** Attributes whose value is an address the browser fetches (not one the reader follows). */
const RESOURCE_ATTRIBUTES = new Set([
  "src",
  "srcset",
  "poster",
  "data",
  "background",
  "xlinkhref",
  "xlink:href",
]);

/** Elements whose href the browser fetches, rather than one a reader follows (SVG's in lower case). */
const HREF_LOADS = new Set(["link", "image", "use", "feimage"]);

/** Schemes that run code or carry a whole file inside the link, instead of going somewhere. */
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data):/i;

/** The host an address loads from, when it is another site's; undefined for this site's own files. */
export function otherHost(address: string, siteHost: string): string | undefined {
  if (!/^\s*(https?:)?\/\//i.test(address)) return undefined;
  try {
    const host = new URL(address.trim(), "https://placeholder.invalid").host;
    return host === siteHost ? undefined : host;
  } catch {
    return "another site";
  }
}

const isObject = (value: unknown) => typeof value === "object" && value !== null;

/** hast spells attributes in camelCase (onClick, srcSet); MDX keeps them as written. */
const attributeName = (name: string) => name.toLowerCase();

function checkElement(
  tag: string,
  attributes: ReadonlyMap<string, string | undefined>,
  siteHost: string,
): string[] {
  const found: string[] = [];
  const loadsFrom = [...attributes]
    .filter(([name]) => RESOURCE_ATTRIBUTES.has(name) || (name === "href" && HREF_LOADS.has(tag)))
    // A srcset lists several addresses, each followed by its width or density.
    .flatMap(([, value]) =>
      (value ?? "").split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""),
    )
    .map((address) => otherHost(address, siteHost))
    .find((host) => host !== undefined);
  const refused = REFUSED_ELEMENTS[tag];
  if (refused) return [refused(loadsFrom)];
  if (loadsFrom)
    found.push(`<${tag}> loads a file from ${loadsFrom}, which the site's policy blocks. ${PICTURE_ADVICE}`);
  for (const [name, value] of attributes) {
    if (name.startsWith("on"))
      found.push(
        `<${tag} ${name}> runs a script when the reader interacts with it. The site's policy blocks it; remove the ${name} attribute`,
      );
    else if (name === "style")
      found.push(
        `<${tag} style> sets its own styles, which the site's policy blocks. Remove the style attribute; content takes the site's own styles`,
      );
    else if (
      (name === "href" || name === "action" || name === "formaction") &&
      UNSAFE_SCHEME.test(value ?? "")
    )
      found.push(unsafeLink(value ?? ""));
  }
  return found;
}

function unsafeLink(address: string): string {
  const scheme = UNSAFE_SCHEME.exec(address)?.[1]?.toLowerCase() ?? "";
  return `a link to "${scheme}:…" does not lead anywhere a reader can go (browsers refuse it). Link to a page's address, starting with https://`;
}

/** Finds the line of each refused element inside a block of raw HTML, from where its tag starts. */
function htmlFindings(html: string, firstLine: number, siteHost: string): OutsideContent[] {
  const findings: OutsideContent[] = [];
  const lowerCase = html.toLowerCase();
  let searchFrom = 0;
  const visit = (node: TreeNode) => {
    if (node.type === "element" && node.tagName) {
      const tag = node.tagName.toLowerCase();
      const at = lowerCase.indexOf(`<${tag}`, searchFrom);
      if (at >= 0) searchFrom = at + 1;
      const line = firstLine + (at >= 0 ? (html.slice(0, at).match(/\n/g)?.length ?? 0) : 0);
      const attributes = new Map(
        Object.entries(node.properties ?? {}).map(([name, value]) => [
          attributeName(name),
          Array.isArray(value)
            ? value.join(" ")
            : value === undefined || value === null
              ? undefined
              : String(value),
        ]),
      );
      for (const message of checkElement(tag, attributes, siteHost)) findings.push({ line, message });
      if (REFUSED_ELEMENTS[tag]) return;
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as TreeNode);
  return findings;
}

/**
 * Everything in a Markdown or MDX body that would break or leak under the site's policy, with
 * the line (counted in the whole file: `firstLine` is the body's first line) and the fix.
 */
export function findOutsideContent(
  body: string,
  firstLine: number,
  format: "md" | "mdx",
  siteHost: string,
): OutsideContent[] {
  let tree: TreeNode;
  try {
    tree = (format === "mdx" ? mdxToMdast(body) : markdownToMdast(body)) as TreeNode;
  } catch {
    // Embed codes are often not valid MDX (HTML comments, unclosed tags). Read the body as
    // Markdown to find them; if nothing is found, the MDX compiler's own message stands.
    tree = markdownToMdast(body) as TreeNode;
  }
  const findings: OutsideContent[] = [];
  const lineOf = (node: TreeNode) => firstLine - 1 + (node.position?.start.line ?? 1);
  const definitions = new Map<string, string>();
  const collect = (node: TreeNode) => {
    if (node.type === "definition" && node.identifier && node.url) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree);

  const visit = (node: TreeNode) => {
    const line = lineOf(node);
    switch (node.type) {
      case "link":
      case "definition":
        if (UNSAFE_SCHEME.test(node.url ?? "")) findings.push({ line, message: unsafeLink(node.url ?? "") });
        break;
      case "image":
      case "imageReference": {
        const address =
          node.type === "image" ? (node.url ?? "") : (definitions.get(node.identifier ?? "") ?? "");
        const host = otherHost(address, siteHost);
        if (host || /^\s*data:/i.test(address))
          findings.push({
            line,
            message: `this picture loads from ${host ?? "a data: address"}, which the site's policy blocks, so readers would see a broken image. ${PICTURE_ADVICE}`,
          });
        break;
      }
      case "html":
        findings.push(...htmlFindings(String(node.value ?? ""), line, siteHost));
        break;
      case "mdxjsEsm":
        findings.push({
          line,
          message:
            "import and export lines run code when the site is built. Remove them: the components editors use need no import",
        });
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        findings.push({
          line,
          message:
            "text in {curly braces} runs as code when the site is built. Remove the braces, or write \\{ and \\} to show them",
        });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "";
        // Capitalised tags are components, checked against the list editors may use elsewhere.
        if (name && name[0] === name[0]?.toLowerCase()) {
          if (
            (node.attributes ?? []).some(({ type, value }) => type !== "mdxJsxAttribute" || isObject(value))
          )
            findings.push({
              line,
              message: `<${name}> has an attribute written in {curly braces}, which runs as code when the site is built. Write its value in quotes, or remove it`,
            });
          const attributes = new Map(
            (node.attributes ?? [])
              .filter((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name)
              .map((attribute) => [
                attributeName(attribute.name ?? ""),
                typeof attribute.value === "string" ? attribute.value : undefined,
              ]),
          );
          const messages = checkElement(name.toLowerCase(), attributes, siteHost);
          for (const message of messages) findings.push({ line, message });
          if (REFUSED_ELEMENTS[name.toLowerCase()]) return;
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return findings;
}
