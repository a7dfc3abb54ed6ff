/**
 * Why a file operation failed, as one word a message can carry: the system's code (`ENOENT`, `EISDIR`), else the
 * first line of the error's message (a stack trace never goes into a one-line message).
 */
export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
}
