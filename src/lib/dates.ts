/**
 * Dates in content are calendar days stored as UTC midnight; formatting in
 * UTC keeps 2025-01-20 from showing as January 19 west of Greenwich.
 */
export function formatDate(date: Date, locale: string): string {
  return dateFormatter(locale).format(date);
}

// Building a formatter loads locale data: one per language, not one per date
// (with a thousand statements, making them anew cost half a second a build).
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    dateFormatters.set(locale, formatter);
  }
  return formatter;
}

/** The machine-readable form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
