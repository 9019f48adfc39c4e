/**
 * What static hosts accept, for the build's report of what it publishes. A site past one of these
 * still builds, since another host may take it; the build says so before anyone uploads it and
 * learns from a failed deploy. Each limit says what an organization can do about it, since the
 * person who reads the warning is often not the one who chose the host.
 */
export const HOST_LIMITS = [
  {
    /** Cloudflare Pages refuses a deployment of more than 20,000 files on its Free plan. */
    host: "Cloudflare Pages",
    measure: "files",
    limit: 20_000,
    /**
     * Since January 2026 its paid plans take 100,000 files a site, once the project has this
     * variable (developers.cloudflare.com/pages/platform/limits/#files). Wrangler 4, which the
     * recipe runs, reads the project's allowance from its upload token.
     */
    whatToDo:
      "Cloudflare's paid plans accept 100,000 files once the Pages project has the environment variable PAGES_WRANGLER_MAJOR_VERSION=4; GitHub Pages limits the size, not the number of files",
  },
  {
    /** GitHub Pages sites may not pass 1 GB. */
    host: "GitHub Pages",
    measure: "bytes",
    limit: 1_000_000_000,
    /** Cloudflare's published limits are a number of files and 25 MiB a file, not a total. */
    whatToDo: "Cloudflare Pages limits the number of files and the size of each file instead",
  },
] as const;

/** From this share of a limit on, the build warns, while there is still room to move. */
export const WARN_FROM = 0.9;

export interface PublishedSize {
  files: number;
  bytes: number;
}

const count = (value: number) => value.toLocaleString("en");
const megabytes = (bytes: number) => `${count(Math.round(bytes / 1_000_000))} MB`;
const amount = (measure: "files" | "bytes", value: number) =>
  measure === "files" ? `${count(value)} files` : megabytes(value);

/** "19,924 files, 314 MB." */
export const describeSize = ({ files, bytes }: PublishedSize) => `${count(files)} files, ${megabytes(bytes)}`;

/**
 * A line for each host whose limit the site passes or comes within 10% of, saying how far it is
 * and what to do; none while it is well within them all.
 */
export function hostLimitWarnings(size: PublishedSize): string[] {
  return HOST_LIMITS.flatMap(({ host, measure, limit, whatToDo }) => {
    const value = size[measure];
    if (value < limit * WARN_FROM) return [];
    const share = `${Math.round((value / limit) * 100)}%`;
    const advice = `${whatToDo} (see Publishing in the README).`;
    return value > limit
      ? [
          `${host} would refuse this site: ${amount(measure, value)}, over its limit of ${amount(measure, limit)}. ${advice}`,
        ]
      : [
          `This site is at ${share} of what ${host} accepts (${amount(measure, value)} of ${measure === "files" ? count(limit) : megabytes(limit)}). If you publish there, plan for it before the archive outgrows it: ${advice}`,
        ];
  });
}
