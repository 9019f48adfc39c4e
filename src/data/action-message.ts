import { getEntry, type CollectionEntry } from "astro:content";
import { mailtoHref } from "~/lib/mailto.ts";
import { splitEntryId } from "~/lib/urls.ts";
import { defaultLanguage, settings } from "./settings.ts";

/** An action's ready-to-send e-mail, as its page shows it. */
export interface ActionMessage {
  /** The recipients' addresses. */
  to: string[];
  subject: string;
  body: string;
  /** The mailto: link that opens the reader's mail app with all of it filled in. */
  href: string;
  /** For a translation: the mailto: link of the original's letter, in the default language. */
  originalHref: string | undefined;
}

type Message = NonNullable<CollectionEntry<"actions">["data"]["message"]>;

/** Recipients may be names from settings, so an office's address is kept in one place. */
const addressesOf = (to: readonly string[]) => to.map((name) => settings.recipients[name] ?? name);

const mailto = (message: Message) => mailtoHref({ ...message, to: addressesOf(message.to) });

/**
 * The action's message with every recipient an address. Officials usually
 * read the default language only, so a translated letter also offers the
 * original's.
 */
export async function actionMessage(action: CollectionEntry<"actions">): Promise<ActionMessage | undefined> {
  const { message } = action.data;
  if (!message) return undefined;
  const { lang, slug } = splitEntryId(action.id);
  const original =
    lang === defaultLanguage
      ? undefined
      : (await getEntry("actions", `${defaultLanguage}/${slug}`))?.data.message;
  return {
    to: addressesOf(message.to),
    subject: message.subject,
    body: message.body,
    href: mailto(message),
    originalHref: original && mailto(original),
  };
}
