import type { APIRoute } from "astro";
import { languageParams } from "~/data/routes";
import { searchRecords } from "~/data/search-records";

/**
 * Each language's search records, for the build's indexing step (src/build/search-index.ts),
 * which removes this file once Pagefind has read it.
 */
export const getStaticPaths = languageParams;

export const GET: APIRoute<{ lang: string }> = async ({ props }) =>
  new Response(JSON.stringify(await searchRecords(props.lang)), {
    headers: { "content-type": "application/json" },
  });
