/**
 * Dates in content are calendar days stored as UTC midnight; formatting in
 * UTC keeps 2025-01-20 from showing as January 19 west of Greenwich.
 */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
