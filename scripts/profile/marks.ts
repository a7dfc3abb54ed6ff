import { appendFileSync } from 'node:fs';

/**
 * A timestamp for `npm run profile` (PROFILE_MARKS names a JSON-lines file): each phase of a run that happens
 * outside the tests themselves (the sandbox build, the reporters' closing work) notes when it started and ended.
 * Without PROFILE_MARKS it does nothing.
 */
export function mark(name: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.PROFILE_MARKS;
  if (file) appendFileSync(file, `${JSON.stringify({ name, t: Date.now() })}\n`);
}
