import { DocError } from './errors';

/** Ends the process the way CI expects for bad documentation: one line on stderr, exit status 2. */
export function reportDocError(e: unknown): never {
  if (e instanceof DocError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(e.exitCode);
  }
  throw e;
}
