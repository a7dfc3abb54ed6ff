import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

// tsx's loader by its full address, so a command run in another folder (`cwd`) still finds it.
const tsx = pathToFileURL(require.resolve('tsx')).href;

/** Playwright's command line, for a child `playwright test` run in this Node (`process.execPath`). */
export const playwrightCli = require.resolve('@playwright/test/cli');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's TypeScript command lines (`file`, from the repository's root) as a writer or CI
 * would, in a child process: `node --import tsx <file> …` in this Node. Not `npx tsx`: npx adds a quarter of a
 * second to every run finding tsx, and the tsx binary starts a second Node process; the command is the same.
 */
export function runCli(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const script = fileURLToPath(new URL(`../../${file}`, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', tsx, script, ...args], { encoding: 'utf8', ...options });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
