import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentedPagePath } from '../../bindings/documented-page';
import { scaled } from '../../harness/settings/timeouts';
import { runCli } from './run-cli';

const CANCEL = 'cancel-your-action-pack-subscription';
const readBack = /^docs:check: (\d+) of the product's records read back from an earlier run on the same sources/m;
const sandboxStarted = /^docs:check: the sandbox serves at http:\/\/127\.0\.0\.1:\d+$/m;

/**
 * One procedure in one language against the command's own sandbox, as a writer runs it: from a folder whose `.env`
 * sets a setting the environment does not (the command loads it after hashing the sources as it starts).
 */
function docsCheck(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.BASE_URL;
  delete env.SERVICE_WORKERS;
  const cwd = test.info().outputPath('checkout');
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, '.env'), 'SERVICE_WORKERS=block\n');
  return runCli(
    'bindings/cli/docs-check.ts',
    [
      '--doc',
      documentedPagePath,
      '--procedure',
      CANCEL,
      '--locale',
      'en-US',
      '--out',
      test.info().outputPath('out'),
      ...args,
    ],
    { env, cwd },
  );
}

test.describe('docs:check run again on the same sources', () => {
  test('reads back what --fresh drove and saved, and says so, starting no sandbox, with axe or --a11y off; --fresh itself reads nothing back', () => {
    test.setTimeout(scaled(120_000));
    const fresh = docsCheck('--fresh');
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).not.toMatch(readBack);
    expect(fresh.stdout).toMatch(sandboxStarted);
    const again = docsCheck();
    expect(again.status).toBe(0);
    // The one procedure, in the one language.
    expect(readBack.exec(again.stdout)?.[1]).toBe('1');
    expect(again.stdout).toContain('0 drift, 0 unverified');
    // Every record it needed was saved: the product was not driven, so its sandbox was never started.
    expect(again.stdout).not.toMatch(/the sandbox serves at/);
    // Without axe, the record saved with it is read: the same screens, without the scans' findings.
    const off = docsCheck('--a11y', 'off');
    expect(off.status).toBe(0);
    expect(readBack.exec(off.stdout)?.[1]).toBe('1');
    expect(off.stdout).toContain('0 drift, 0 unverified');
    expect(off.stdout).not.toMatch(/the sandbox serves at/);
  });
});
