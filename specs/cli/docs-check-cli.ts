import { runCli } from './run-cli';

/** The CLI as a writer runs it, against a target nothing answers: every case of its specs ends before a browser starts. */
export function docsCheck(...args: string[]) {
  return runCli('bindings/cli/docs-check.ts', args, { env: { ...process.env, BASE_URL: 'http://127.0.0.1:9' } });
}
