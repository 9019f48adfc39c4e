import type { APIRoute } from "astro";
import { leafletFontFaces } from "~/build/leaflet-fonts";

/**
 * The @font-face rules for leaflets, as a stylesheet of their own beside the
 * font files. The addresses are relative to this file, so they hold under any
 * base path, and being a file of this site rather than an inline <style>, it
 * needs no exception in the Content Security Policy.
 */
export const GET: APIRoute = () =>
  new Response(leafletFontFaces(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
