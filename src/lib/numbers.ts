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

const megabyteFormatters = new Map<string, Intl.NumberFormat>();

/** A file's size for readers deciding whether to download it: "12 megabytes", "0.4 megabytes", in their language. */
export function formatMegabytes(bytes: number, locale: string): string {
  let formatter = megabyteFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "unit",
      unit: "megabyte",
      // Spelt out: the short form is "م.ب" in Arabic, which few readers know.
      unitDisplay: "long",
      maximumFractionDigits: 1,
    });
    megabyteFormatters.set(locale, formatter);
  }
  return formatter.format(Math.max(bytes / 1_000_000, 0.1));
}
