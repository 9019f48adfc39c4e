/**
 * The site's dark brand colour: the header and footer band, the phone's
 * browser bar (theme-color), the web manifest and the share images'
 * background. CSS cannot import it: src/styles/global.css repeats it as
 * --color-band, and public/favicon.svg draws with it.
 */
export const THEME_COLOR = "#15120f";
