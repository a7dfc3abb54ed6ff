/**
 * Every one of `work`'s results once all of it has ended, or the first failure (in `work`'s order) once all of it
 * has ended. Where `Promise.all` rejects at the first failure, the others run on while the caller goes on to close
 * what they use (the browser): a language's or a page's check that throws must not cut the others short mid-drive.
 */
export async function allEnded<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const ended = await Promise.allSettled(work);
  const failed = ended.find((e) => e.status === 'rejected');
  if (failed) throw failed.reason;
  return ended.map((e) => (e as PromiseFulfilledResult<T>).value);
}
