/**
 * Takes a mailto: link apart the way a mail app does (RFC 6068): recipients before "?", then
 * name=value pairs split on "&" and the first "=", each part percent-decoded. (URLSearchParams
 * is not used: it would turn "+" into a space.)
 */
export function readMailto(href: string): { to: string[]; fields: Record<string, string> } {
  if (!href.startsWith("mailto:")) throw new Error(`not a mailto: link: ${href}`);
  const rest = href.slice("mailto:".length);
  const question = rest.indexOf("?");
  const recipients = question === -1 ? rest : rest.slice(0, question);
  const query = question === -1 ? "" : rest.slice(question + 1);
  const fields: Record<string, string> = {};
  for (const pair of query ? query.split("&") : []) {
    const equals = pair.indexOf("=");
    fields[decodeURIComponent(pair.slice(0, equals))] = decodeURIComponent(pair.slice(equals + 1));
  }
  return { to: recipients.split(",").map(decodeURIComponent), fields };
}
