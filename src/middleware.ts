// Astro finds middleware only at this path; what it does is in src/integrations/.
export { onRequest } from "./integrations/trim-csp-middleware.ts";
