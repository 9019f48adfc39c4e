import { mailtoAddress } from "./email";

export interface Message {
  to: readonly string[];
  subject: string;
  body: string;
}

/**
 * Builds a mailto: link (RFC 6068). encodeURIComponent is used rather than
 * URLSearchParams because mail apps read "+" as a plus sign, not a space,
 * and line breaks must travel as %0D%0A.
 */
export function mailtoHref({ to, subject, body }: Message): string {
  // "@" stays percent-encoded, so address harvesters do not find it (see email.ts).
  const recipients = to.map(mailtoAddress).join(",");
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, "\r\n"));
  return `mailto:${recipients}?subject=${encode(subject)}&body=${encode(body)}`;
}
