import type { APIRoute, GetStaticPaths } from "astro";
import { APP_ICON_SIZES, appIconPng } from "~/build/app-icons";

/** /icon-192.png, /icon-512.png and /apple-touch-icon.png (see src/build/app-icons.ts). */
export const getStaticPaths = (() =>
  Object.entries(APP_ICON_SIZES).map(([icon, size]) => ({
    params: { icon },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = async ({ props }) => {
  const png = await appIconPng(props.size);
  return new Response(png.slice().buffer as ArrayBuffer, { headers: { "Content-Type": "image/png" } });
};
