/**
 * The search page's script (src/pages/[...lang]/search.astro). The form and every word it shows
 * come from the page; this shows the form, loads Pagefind's runtime the first time a reader
 * reaches for it, and lists what it finds. The query lives in the address (?q=…&kind=…&topic=…),
 * so a search can be shared, bookmarked and returned to with the back button.
 *
 * Results are announced through the page's status line. Each is a copy of the page's template
 * filled with text only, so nothing in the index is ever read as HTML.
 */
import { searchText } from "~/lib/search-text";

/** What this page uses of Pagefind's runtime (pagefind.js, published by the build). */
interface Found {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<Found> }[] } | null>;
}

/** Results shown at once: each one downloads its entry's record. */
const PAGE_SIZE = 10;
/** How long typing pauses before the words are searched. */
const TYPING_PAUSE_MS = 300;

const form = document.querySelector<HTMLFormElement>("#search");
if (form) start(form);

function start(form: HTMLFormElement) {
  const text = form.dataset;
  const words = form.elements.namedItem("q") as HTMLInputElement;
  const choices = ["kind", "topic"].map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const status = document.getElementById("search-status") as HTMLElement;
  const list = document.getElementById("search-results") as HTMLOListElement;
  const more = document.getElementById("search-more") as HTMLButtonElement;
  const template = document.getElementById("search-result") as HTMLTemplateElement;
  const lang = document.documentElement.lang;
  const count = new Intl.NumberFormat(lang);
  const fill = (template = "", values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= (import(/* @vite-ignore */ `${text.index}pagefind.js`) as Promise<Pagefind>).then(
      async (pagefind) => {
        // On the page rather than in a worker: one file less to download, no worker-src to allow.
        // Addresses in the index already start with the site's folder: nothing is put before them.
        await pagefind.options({ basePath: text.index, baseUrl: "/", noWorker: true });
        return pagefind;
      },
    ));

  let latest = 0;
  let waiting: { data(): Promise<Found> }[] = [];

  function readAddress() {
    const params = new URLSearchParams(location.search);
    words.value = params.get("q") ?? "";
    for (const choice of choices) choice.value = params.get(choice.name) ?? "";
    // An unknown kind or topic in a shared address leaves the choice at "all".
    for (const choice of choices) if (choice.selectedIndex < 0) choice.value = "";
  }

  function writeAddress(push: boolean) {
    const params = new URLSearchParams();
    if (words.value.trim()) params.set("q", words.value.trim());
    for (const choice of choices) if (choice.value) params.set(choice.name, choice.value);
    const address = params.size > 0 ? `?${params}` : location.pathname;
    if (address !== location.search) history[push ? "pushState" : "replaceState"](null, "", address);
    carrySearch();
  }

  // Each language searches what is written in it: the language picker takes the search along.
  const translations = document.querySelectorAll<HTMLAnchorElement>("header a[hreflang]");
  function carrySearch() {
    for (const link of translations) link.search = location.search;
  }

  async function run() {
    const run = ++latest;
    const query = words.value.trim();
    const filters = Object.fromEntries(choices.filter((c) => c.value).map((c) => [c.name, c.value]));
    list.replaceChildren();
    more.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = "";
      return;
    }
    status.textContent = text.searching ?? "";
    try {
      const search = await (await load()).search(query ? searchText(query) : null, { filters });
      if (run !== latest || !search) return;
      waiting = search.results;
      const total = waiting.length;
      await showMore(run);
      // Announced once the results are there to be read.
      if (run !== latest) return;
      const message = total === 0 ? text.none : query ? text.results : text.filtered;
      status.textContent = fill(message, { query, count: count.format(total) });
    } catch {
      engine = undefined;
      if (run === latest) status.textContent = text.failed ?? "";
    }
  }

  async function showMore(run: number): Promise<HTMLAnchorElement | undefined> {
    const found = await Promise.all(waiting.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (run !== latest) return;
    waiting = waiting.slice(PAGE_SIZE);
    const links = found.map((entry) => {
      const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
      const part = (name: string) => item.querySelector(`[data-${name}]`) as HTMLElement;
      const link = part("link") as HTMLAnchorElement;
      part("kicker").textContent = [text[entry.filters.kind?.[0] ?? ""], entry.meta.date]
        .filter(Boolean)
        .join(" · ");
      link.href = entry.url;
      link.textContent = entry.meta.title ?? entry.url;
      part("summary").textContent = entry.meta.summary ?? "";
      list.append(item);
      return link;
    });
    more.hidden = waiting.length === 0;
    return links[0];
  }

  let pause: ReturnType<typeof setTimeout> | undefined;
  words.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(() => {
      writeAddress(false);
      void run();
    }, TYPING_PAUSE_MS);
  });
  // The runtime starts loading as soon as the reader shows they mean to search.
  words.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  for (const choice of choices)
    choice.addEventListener("change", () => {
      writeAddress(false);
      void run();
    });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    writeAddress(true);
    void run();
  });
  more.addEventListener("click", async () => {
    try {
      // Keyboard and screen reader users go on from the first of the new results.
      const first = await showMore(latest);
      first?.focus();
    } catch {
      status.textContent = text.failed ?? "";
    }
  });
  addEventListener("popstate", () => {
    readAddress();
    carrySearch();
    void run();
  });

  form.hidden = false;
  readAddress();
  carrySearch();
  void run();
}
