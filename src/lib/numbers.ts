// One formatter per language, kept: making one loads locale data (see dates.ts).
const numberFormatters = new Map<string, Intl.NumberFormat>();

/** A whole number in the digits the page's language uses. */
export function formatNumber(value: number, locale: string): string {
  let formatter = numberFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale);
    numberFormatters.set(locale, formatter);
  }
  return formatter.format(value);
}
