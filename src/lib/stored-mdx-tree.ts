/**
 * An MDX body as data: what its compiled code hands to the JSX runtime, recorded once during
 * Astro's content sync and kept in the data store (src/build/mdx-at-sync.ts), then handed to
 * Astro's own JSX runtime when a page renders (src/data/render-entry.ts). The page gets the same
 * calls, in the same order, with the same props, as if it had run the compiled module, so it
 * renders the same bytes; but no MDX file is left for the bundler to compile.
 */

/** Where the record is kept in an entry's `rendered.metadata`. */
export const STORED_MDX = "campaignStoredMdx";

/** What the data store keeps for a body rendered at sync. */
export interface StoredMdx {
  tree: StoredNode;
}

/** Props of an element or component, children apart. Values are what MDX writes: text, true, numbers. */
export type StoredProps = Record<string, StoredValue>;
type StoredValue = string | number | boolean | null | StoredValue[] | { [key: string]: StoredValue };

/** One call to the runtime: its props, its children and its key. */
interface StoredCall {
  a?: StoredProps;
  /** Absent when the call had no children prop (a self-closing tag). */
  c?: StoredNode;
  k?: string;
}
/** An HTML element: `e` is its tag. */
interface StoredElement extends StoredCall {
  e: string;
}
/** One of the components editors may use (components/mdx/): `m` is its name. */
interface StoredComponent extends StoredCall {
  m: string;
}
/** A fragment: the body's root, mostly. */
interface StoredFragment extends StoredCall {
  f: 1;
}
export type StoredNode =
  string | number | boolean | null | StoredNode[] | StoredElement | StoredComponent | StoredFragment;

/** What the compiled body module gets as its runtime (`outputFormat: "function-body"`). */
interface Runtime {
  Fragment: unknown;
  jsx: (type: unknown, props: Record<string, unknown> | null, key?: unknown) => unknown;
  jsxs: (type: unknown, props: Record<string, unknown> | null, key?: unknown) => unknown;
}

/** Marks what the recording runtime returns, so a recorded node is never taken for editor text. */
const RECORDED = Symbol("recorded");
type Recorded = (StoredElement | StoredComponent | StoredFragment) & { [RECORDED]?: true };

function storedValue(value: unknown, where: string): StoredValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map((item) => storedValue(item, where));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, storedValue(item, where)]),
    );
  throw new Error(`${where} has a value that is not text (${typeof value}), so it cannot be kept as data.`);
}

function storedChild(child: unknown, where: string): StoredNode {
  if (Array.isArray(child)) return child.map((item) => storedChild(item, where));
  if (child && typeof child === "object" && (child as Recorded)[RECORDED]) {
    const { [RECORDED]: _, ...node } = child as Recorded;
    return node;
  }
  if (child === undefined) return null;
  if (child === null || typeof child === "string" || typeof child === "number" || typeof child === "boolean")
    return child;
  throw new Error(`${where} has a child that is not text (${typeof child}), so it cannot be kept as data.`);
}

/**
 * Runs a compiled MDX body (`outputFormat: "function-body"`) with a runtime that records each
 * call instead of rendering it, and returns the record. `componentNames` are the components
 * the body may use; any other is an error, as it would be on the page. The compiled code is the
 * same the bundler would have run when the page rendered: the content check has already refused
 * imports, exports and {expressions}, so it only calls the runtime.
 */
export function recordMdxBody(compiled: string, componentNames: readonly string[]): StoredNode {
  const componentName = new Map<unknown, string>();
  const components: Record<string, unknown> = {};
  for (const name of componentNames) {
    // A function per name, as a component is: MDX checks that it exists, and the runtime records it.
    const marker = () => {
      throw new Error(`<${name}> is only recorded here, never rendered.`);
    };
    componentName.set(marker, name);
    components[name] = marker;
  }
  const Fragment = Symbol("Fragment");
  const call = (type: unknown, props: Record<string, unknown> | null, key?: unknown): Recorded => {
    const { children, ...rest } = props ?? {};
    const name = typeof type === "string" ? type : componentName.get(type);
    const where = `<${name ?? "?"}>`;
    let node: Recorded;
    if (type === Fragment) node = { f: 1 };
    else if (typeof type === "string") node = { e: type };
    else if (name) node = { m: name };
    else throw new Error(`The MDX body calls something that is neither an element nor a known component.`);
    const attributes = storedValue(rest, where) as StoredProps;
    if (Object.keys(attributes).length) node.a = attributes;
    if (props && "children" in props) node.c = storedChild(children, where);
    if (key !== undefined && key !== null) node.k = String(key);
    node[RECORDED] = true;
    return node;
  };
  const runtime: Runtime = { Fragment, jsx: call, jsxs: call };
  const body = new Function(compiled) as (runtime: Runtime) => { default: (props: object) => unknown };
  const MDXContent = body(runtime).default;
  return storedChild(MDXContent({ components }), "The MDX body");
}

/** Whether the record has an element with one of these tags anywhere. */
export function hasElement(node: StoredNode, tags: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.some((child) => hasElement(child, tags));
  if (!node || typeof node !== "object") return false;
  if ("e" in node && tags.has(node.e)) return true;
  return node.c !== undefined && hasElement(node.c, tags);
}

/**
 * Makes the calls a record stands for, with `jsx` and `Fragment` of a real JSX runtime and the
 * components by name: what the compiled body would have returned.
 */
export function replayMdxBody(
  node: StoredNode,
  runtime: {
    jsx: (type: unknown, props: Record<string, unknown>, key?: string) => unknown;
    Fragment: unknown;
  },
  components: Readonly<Record<string, unknown>>,
): unknown {
  if (Array.isArray(node)) return node.map((child) => replayMdxBody(child, runtime, components));
  if (!node || typeof node !== "object") return node;
  let type: unknown;
  if ("f" in node) type = runtime.Fragment;
  else if ("e" in node) type = node.e;
  else {
    type = components[node.m];
    if (!type) throw new Error(`The MDX body uses <${node.m}>, which the page does not provide.`);
  }
  const props: Record<string, unknown> = { ...node.a };
  if (node.c !== undefined) props.children = replayMdxBody(node.c, runtime, components);
  return runtime.jsx(type, props, node.k);
}
