import { defineMiddleware } from "astro:middleware";
import { trimPolicy } from "./trim-csp.ts";

/**
 * Every built page passes through here once: its Content Security Policy
 * keeps only the hashes of the inline code it really has (see trim-csp.ts).
 * Done while the page is rendered, not by reading every file back afterwards.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(trimPolicy(html), { status: response.status, headers: response.headers });
});
