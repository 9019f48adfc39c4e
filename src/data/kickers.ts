import type { CollectionEntry } from "astro:content";
import { useTranslations } from "~/i18n/ui.ts";
import { formatDate } from "~/lib/dates.ts";
import { splitEntryId } from "~/lib/urls.ts";

/**
 * The short line above an entry's title on its share image and its leaflet,
 * in the entry's language: a statement's date, "Take action" on an action,
 * "Questions and answers" on an FAQ answer.
 */
export function kickerOf(entry: CollectionEntry<"statements" | "actions" | "faq">): string {
  const { lang } = splitEntryId(entry.id);
  switch (entry.collection) {
    case "statements":
      return formatDate(entry.data.published, lang);
    case "actions":
      return useTranslations(lang)("cta.label");
    case "faq":
      return useTranslations(lang)("faq.title");
  }
}
