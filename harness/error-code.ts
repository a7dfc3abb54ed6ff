/** An error's first line: a one-line message never carries a stack trace or a tool's multi-line explanation. */
export const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/**
 * Why a file operation failed, as one word a message can carry: the system's code (`ENOENT`, `EISDIR`), else the
 * first line of the error's message (a stack trace never goes into a one-line message).
 */
export function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return firstLine(e);
}
