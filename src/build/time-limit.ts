/**
 * `work`, or an error saying `message` once it has taken longer than `ms`: a build step that
 * stops answering (a browser, Pagefind's service) fails the build instead of keeping it waiting.
 */
export async function withinTime<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
