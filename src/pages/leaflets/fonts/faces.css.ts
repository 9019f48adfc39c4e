import type { APIRoute } from "astro";

/**
 * The @font-face rules for leaflets, as a stylesheet of their own beside the
 * font files. The addresses are relative to this file, so they hold under any
 * base path, and being a file of this site rather than an inline <style>, it
 * needs no exception in the Content Security Policy.
 */
const FACES = [
  ["Leaflet Sans", "noto-sans"],
  ["Leaflet Arabic", "noto-sans-arabic"],
] as const;

const css = FACES.flatMap(([family, file]) => [
  `@font-face{font-family:"${family}";src:url("${file}-400.ttf") format("truetype");font-weight:100 550}`,
  `@font-face{font-family:"${family}";src:url("${file}-800.ttf") format("truetype");font-weight:551 1000}`,
]).join("\n");

export const GET: APIRoute = () =>
  new Response(css, { headers: { "Content-Type": "text/css; charset=utf-8" } });
